// cause: 2 generic code. Initialising a square projection of the model dim, declared as heads x headDim.
// expect: ok
import * as st from '../../src/index.js';

class Projection<H extends number, Dh extends number> {
  readonly weight: st.Variable<[st.Mul<H, Dh>, st.Mul<H, Dh>]>;
  constructor(heads: H, headDim: Dh) {
    const dim = st.dimMul(heads, headDim);
    this.weight = st.variable(st.randomNormal([dim, dim], 0, 0.02));
  }
  forward<B extends number, T extends number>(x: st.Tensor<[B, T, st.Mul<H, Dh>]>): st.Tensor<[B, T, st.Mul<H, Dh>]> {
    return st.linear(x, this.weight);
  }
}
export const y = new Projection(8, 16).forward(st.zeros([2, 4, 128]));
