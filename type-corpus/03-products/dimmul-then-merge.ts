// cause: 3 products. Heads merged back are Mul<H, Dh>; the output projection was built with dimMul(heads, headDim).
// expect: ok
import * as st from '../../src/index.js';

class OutputProjection<H extends number, Dh extends number, D extends number> {
  readonly w: st.Variable<[st.Mul<H, Dh>, D]>;
  constructor(heads: H, headDim: Dh, dim: D) {
    this.w = st.variable(st.zeros([st.dimMul(heads, headDim), dim]));
  }
  forward<B extends number, T extends number>(attended: st.Tensor<[B, T, H, Dh]>): st.Tensor<[B, T, D]> {
    return st.linear(st.mergeLastDims(attended), this.w);
  }
}
export const y = new OutputProjection(8, 16, 128).forward(st.zeros([2, 4, 8, 16]));
