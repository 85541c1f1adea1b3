// cause: 2 generic code, good. nanoGPT's CausalSelfAttention written generic over the heads and the head size,
// the embedding declared as their product (as docs/typing.md says): the fused c_attn split in three, heads split
// and merged with splitLastDim/mergeLastDims, the causal mask over the scores, and a literal instance.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
class CausalSelfAttention<H extends number, Hs extends number> {
  readonly cAttn: st.Variable<[st.Mul<H, Hs>, st.Mul<3, st.Mul<H, Hs>>]>;
  readonly cProj: st.Variable<[st.Mul<H, Hs>, st.Mul<H, Hs>]>;
  readonly nEmbd: st.Mul<H, Hs>;
  constructor(readonly nHead: H, readonly headSize: Hs) {
    this.nEmbd = st.dimMul(nHead, headSize);
    this.cAttn = st.variable(st.randomNormal([this.nEmbd, st.dimMul(3, this.nEmbd)], 0, 0.02));
    this.cProj = st.variable(st.randomNormal([this.nEmbd, this.nEmbd], 0, 0.02));
  }
  forward<B extends number, T extends number>(x: st.Tensor<[B, T, st.Mul<H, Hs>]>) {
    const [, t] = x.shape;
    const [q, k, v] = st.split(st.matMul(x, this.cAttn), 3, -1);
    const heads = (z: st.Tensor<[B, T, st.Mul<H, Hs>]>) => st.transpose(st.splitLastDim(z, this.nHead, this.headSize), [0, 2, 1, 3]);
    const att = st.mul(st.matMul(heads(q), heads(k), false, true), 1 / Math.sqrt(this.headSize));
    const y = st.matMul(st.softmax(st.where(st.causalMask(t), att, -Infinity)), heads(v));
    return st.matMul(st.mergeLastDims(st.transpose(y, [0, 2, 1, 3])), this.cProj);
  }
}
const out = new CausalSelfAttention(12, 64).forward(st.zeros([2, 128, 768]));
export const shape: Eq<typeof out.shape, [2, 128, 768]> = true;
