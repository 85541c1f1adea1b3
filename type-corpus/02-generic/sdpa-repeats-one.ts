// cause: 2 generic code. Plain multi-head attention: q, k and v have the same heads, repeats 1.
// expect: ok
import * as st from '../../src/index.js';

function mha<B extends number, H extends number, T extends number, Dh extends number>(
  q: st.Tensor<[B, H, T, Dh]>, k: st.Tensor<[B, H, T, Dh]>, v: st.Tensor<[B, H, T, Dh]>,
): st.Tensor<[B, H, T, Dh]> {
  return st.scaledDotProductAttention(q, k, v, { repeats: 1 });
}
export const o = mha(st.randomNormal([2, 4, 16, 32]), st.randomNormal([2, 4, 16, 32]), st.randomNormal([2, 4, 16, 32]));
