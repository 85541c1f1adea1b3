// cause: 3 products. A user declares the model dim as headDim x heads; splitLastDim expects heads x headDim.
// expect: ok
import * as st from '../../src/index.js';

class Heads<H extends number, Dh extends number> {
  constructor(readonly heads: H, readonly headDim: Dh) {}
  split<B extends number, T extends number>(x: st.Tensor<[B, T, st.Mul<Dh, H>]>): st.Tensor<[B, T, H, Dh]> {
    return st.splitLastDim(x, this.heads, this.headDim);
  }
}
export const q = new Heads(8, 64).split(st.zeros([2, 16, 512]));
