// cause: 2 generic code. Multi-head self-attention written by hand: split heads, attend, merge heads.
// expect: ok
import * as st from '../../src/index.js';

class SelfAttention<H extends number, Dh extends number> {
  readonly wqkv: st.Variable<[st.Mul<H, Dh>, st.Mul<H, Dh>]>;
  constructor(readonly heads: H, readonly headDim: Dh) {
    const dim = st.dimMul(heads, headDim);
    this.wqkv = st.variable(st.randomNormal([dim, dim], 0, 0.02));
  }
  private split<B extends number, T extends number>(x: st.Tensor<[B, T, st.Mul<H, Dh>]>): st.Tensor<[B, H, T, Dh]> {
    return st.transpose(st.splitLastDim(x, this.heads, this.headDim), [0, 2, 1, 3]);
  }
  forward<B extends number, T extends number>(x: st.Tensor<[B, T, st.Mul<H, Dh>]>): st.Tensor<[B, T, st.Mul<H, Dh>]> {
    const q = this.split(st.linear(x, this.wqkv));
    const scores = st.mul(st.matMul(q, q, false, true), 1 / Math.sqrt(this.headDim));
    const attended = st.matMul(st.softmax(scores), q);
    return st.mergeLastDims(st.transpose(attended, [0, 2, 1, 3]));
  }
}
export const y = new SelfAttention(4, 16).forward(st.randomNormal([2, 8, 64]));
