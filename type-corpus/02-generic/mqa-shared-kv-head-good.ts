// cause: 2 generic: multi-query attention (one key/value head broadcast over every query head, as in PaLM and
// Falcon), generic over batch, heads and time, with the causal mask passed in.
// expect: ok
import * as st from '../../src/index.js';

export function mqa<B extends number, T extends number, H extends number, Dh extends number>(
  q: st.Tensor<[B, H, T, Dh]>, k: st.Tensor<[B, 1, T, Dh]>, v: st.Tensor<[B, 1, T, Dh]>, mask: st.Tensor<[T, T]>,
) {
  const scores = st.add(st.mul(st.matMul(q, k, false, true), 0.125), mask);
  return st.matMul(st.softmax(scores), v);
}
export const out: st.Tensor<[2, 8, 16, 64]> =
  mqa(st.randomNormal([2, 8, 16, 64]), st.randomNormal([2, 1, 16, 64]), st.randomNormal([2, 1, 16, 64]), st.causalBias(16, 16));
