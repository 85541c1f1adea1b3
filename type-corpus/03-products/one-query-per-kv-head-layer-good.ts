// cause: 3 products. A grouped-query layer specialised to one query per key/value head keeps its query heads
// written as the product Mul<H, 1> (heads = kvHeads * 1, from dimMul); attention with the literal
// `repeats: 1` gives back the key/value heads H, so the merge back to [B, T, H * Dh] type-checks.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
class OneGroupAttention<H extends number, Dh extends number> {
  readonly queryHeads: st.Mul<H, 1>;
  constructor(readonly heads: H, readonly headDim: Dh) {
    this.queryHeads = st.dimMul(heads, 1);
  }
  forward<B extends number, T extends number>(
    q: st.Tensor<[B, T, st.Mul<st.Mul<H, 1>, Dh>]>, k: st.Tensor<[B, T, st.Mul<H, Dh>]>, v: st.Tensor<[B, T, st.Mul<H, Dh>]>,
  ): st.Tensor<[B, T, st.Mul<H, Dh>]> {
    const qh = st.transpose(st.splitLastDim(q, this.queryHeads, this.headDim), [0, 2, 1, 3]);
    const kh = st.transpose(st.splitLastDim(k, this.heads, this.headDim), [0, 2, 1, 3]);
    const vh = st.transpose(st.splitLastDim(v, this.heads, this.headDim), [0, 2, 1, 3]);
    const attended = st.scaledDotProductAttention(qh, kh, vh, { repeats: 1 });
    return st.mergeLastDims(st.transpose(attended, [0, 2, 1, 3]));
  }
}
const layer = new OneGroupAttention(4, 16);
const x = st.randomNormal([2, 8, 64]);
const y = layer.forward(x, x, x);
export const ok: Eq<typeof y.shape, [2, 8, 64]> = true;
