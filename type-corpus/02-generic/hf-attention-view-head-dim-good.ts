// cause: 2 generic code. Attention as Hugging Face writes it now: `q_proj(x).view(*input_shape, -1, head_dim)`
// splits the projection's width Mul<H, Dh> with a -1 beside the head dim (the -1 is the other factor, H), the
// heads move forward, attend, move back, and `reshape(*input_shape, -1)` merges them again for o_proj.
// expect: ok
import * as st from '../../src/index.js';

class HfAttention<H extends number, Dh extends number> {
  readonly qProj: st.Variable<[st.Mul<H, Dh>, st.Mul<H, Dh>]>;
  readonly oProj: st.Variable<[st.Mul<H, Dh>, st.Mul<H, Dh>]>;
  constructor(readonly heads: H, readonly headDim: Dh) {
    const width = st.dimMul(heads, headDim);
    this.qProj = st.variable(st.randomNormal([width, width], 0, 0.02));
    this.oProj = st.variable(st.randomNormal([width, width], 0, 0.02));
  }
  forward<B extends number, T extends number>(x: st.Tensor<[B, T, st.Mul<H, Dh>]>): st.Tensor<[B, T, st.Mul<H, Dh>]> {
    const [b, t] = x.shape;
    const q = st.linear(x, this.qProj).reshape([b, t, -1, this.headDim]).transpose([0, 2, 1, 3]); // [B, H, T, Dh]
    const scores = st.mul(st.matMul(q, q, false, true), 1 / Math.sqrt(this.headDim));
    const attended = st.matMul(st.softmax(scores), q).transpose([0, 2, 1, 3]); // [B, T, H, Dh]
    return st.linear(st.reshape(attended, [b, t, -1]), this.oProj);
  }
}

const y = new HfAttention(4, 16).forward(st.randomNormal([2, 8, 64]));
export const shape: [2, 8, 64] = y.shape;
