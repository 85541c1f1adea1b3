// cause: 3 products. Mul<H, 1> is H: a layer with one query per key/value head uses plain H heads.
// expect: ok
import * as st from '../../src/index.js';

function attend<B extends number, H extends number, T extends number, Dh extends number>(
  q: st.Tensor<[B, st.Mul<H, 1>, T, Dh]>, kv: st.Tensor<[B, H, T, Dh]>,
): st.Tensor<[B, H, T, Dh]> {
  return st.scaledDotProductAttention(q, kv, kv, { repeats: 1 });
}
export const out = attend(st.zeros([1, 4, 8, 16]), st.zeros([1, 4, 8, 16]));
