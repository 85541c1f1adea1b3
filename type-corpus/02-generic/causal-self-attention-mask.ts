// cause: 2 generic code. Causal masking of [B, H, T, T] scores with a [T, T] mask built from T.
// expect: ok
import * as st from '../../src/index.js';

function causalScores<B extends number, H extends number, T extends number, Dh extends number>(
  q: st.Tensor<[B, H, T, Dh]>, k: st.Tensor<[B, H, T, Dh]>,
): st.Probabilities<[B, H, T, T]> {
  const [, , t] = q.shape;
  const scores = st.matMul(q, k, false, true);
  return st.softmax(st.where(st.causalMask(t), scores, -Infinity));
}
export const p = causalScores(st.randomNormal([2, 4, 16, 32]), st.randomNormal([2, 4, 16, 32]));
