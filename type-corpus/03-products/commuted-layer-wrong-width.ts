// cause: 3 products. A layer whose width is headDim x heads, given 8 x 16 = 128 but fed 100-wide rows.
// expect: [2, 4, 128]
import * as st from '../../src/index.js';

class Projection<H extends number, Dh extends number> {
  readonly weight: st.Tensor<[st.Mul<Dh, H>, st.Mul<Dh, H>]>;
  constructor(heads: H, headDim: Dh) {
    this.weight = st.randomNormal([st.dimMul(headDim, heads), st.dimMul(headDim, heads)]);
  }
  forward<B extends number, T extends number>(x: st.Tensor<[B, T, st.Mul<H, Dh>]>): st.Tensor<[B, T, st.Mul<H, Dh>]> {
    return st.linear(x, this.weight);
  }
}
const layer = new Projection(8, 16);
export const y = layer.forward(st.zeros([2, 4, 100])); // error
