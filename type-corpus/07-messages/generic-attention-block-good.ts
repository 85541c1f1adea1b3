// cause: 7 messages. A whole generic attention block (projections, head split, scores, softmax, merge) compiles with no error.
// expect: ok
import * as st from '../../src/index.js';

class SelfAttention<H extends number, Dh extends number> {
  constructor(
    readonly heads: H, readonly headDim: Dh,
    readonly wq: st.Tensor<[st.Mul<H, Dh>, st.Mul<H, Dh>]>, readonly wo: st.Tensor<[st.Mul<H, Dh>, st.Mul<H, Dh>]>,
  ) {}
  forward<B extends number, T extends number>(x: st.Tensor<[B, T, st.Mul<H, Dh>]>): st.Tensor<[B, T, st.Mul<H, Dh>]> {
    const q = st.transpose(st.splitLastDim(st.linear(x, this.wq), this.heads, this.headDim), [0, 2, 1, 3]);
    const scores = st.mul(st.matMul(q, q, false, true), 1 / Math.sqrt(this.headDim));
    const mixed = st.matMul(st.softmax(scores), q);
    const merged = st.reshape(st.transpose(mixed, [0, 2, 1, 3]), [x.shape[0], x.shape[1], x.shape[2]]);
    return st.linear(merged, this.wo);
  }
}
const attn = new SelfAttention(4, 8, st.zeros([32, 32]), st.zeros([32, 32]));
export const y = attn.forward(st.zeros([2, 5, 32]));
