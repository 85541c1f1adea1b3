// cause: 2 generic code. nanoGPT's CausalSelfAttention: one c_attn projection to 3 x C, split into q, k, v
// along the last axis, heads split off each.
// expect: ok
import * as st from '../../src/index.js';

class CausalSelfAttention<H extends number, Dh extends number> extends st.Module {
  readonly c_attn: st.Linear<st.Mul<H, Dh>, st.Mul<3, st.Mul<H, Dh>>>;
  readonly c_proj: st.Linear<st.Mul<H, Dh>, st.Mul<H, Dh>>;
  constructor(readonly nHead: H, readonly headDim: Dh, seeds: st.SeedSequence) {
    super();
    const dim = st.dimMul(nHead, headDim);
    this.c_attn = new st.Linear(dim, st.dimMul(3, dim), seeds, 'default');
    this.c_proj = new st.Linear(dim, dim, seeds, 'default');
  }
  forward<B extends number, T extends number>(x: st.Tensor<[B, T, st.Mul<H, Dh>]>): st.Tensor<[B, T, st.Mul<H, Dh>]> {
    const [q, k, v] = st.split(this.c_attn.forward(x), 3, -1);
    const heads = <S extends st.Tensor<[B, T, st.Mul<H, Dh>]>>(t: S) =>
      st.transpose(st.splitLastDim(t, this.nHead, this.headDim), [0, 2, 1, 3]);
    const y = st.scaledDotProductAttention(heads(q), heads(k), heads(v), { repeats: 1 });
    return this.c_proj.forward(st.mergeLastDims(st.transpose(y, [0, 2, 1, 3])));
  }
}
const attn = new CausalSelfAttention(4, 16, new st.SeedSequence(0));
export const y = attn.forward(st.randomNormal([2, 8, 64]));
