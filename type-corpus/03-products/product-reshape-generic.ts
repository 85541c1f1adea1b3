// cause: 3 products. Reshaping [B, T, H, Dh] to [B, T, H x Dh] with the product as a dim.
// expect: ok
import * as st from '../../src/index.js';

function merge<B extends number, T extends number, H extends number, Dh extends number>(x: st.Tensor<[B, T, H, Dh]>): st.Tensor<[B, T, st.Mul<H, Dh>]> {
  const [b, t, h, dh] = x.shape;
  return st.reshape(x, [b, t, st.dimMul(h, dh)]);
}
export const y = merge(st.zeros([2, 4, 8, 16]));
