// cause: 2 generic code. The Annotated Transformer's MultiHeadedAttention, generic over its dims: each projection
// viewed as view(nbatches, -1, h, d_k) (the length left to the -1: the same layer serves the decoder's queries and the
// encoder's keys), transposed, attended, and merged back with view(nbatches, -1, h * d_k).
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
class MultiHeadedAttention<H extends number, Dk extends number> extends st.Module {
  readonly linears: readonly [st.Linear<st.Mul<H, Dk>, st.Mul<H, Dk>>, st.Linear<st.Mul<H, Dk>, st.Mul<H, Dk>>, st.Linear<st.Mul<H, Dk>, st.Mul<H, Dk>>, st.Linear<st.Mul<H, Dk>, st.Mul<H, Dk>>];
  constructor(readonly h: H, readonly dK: Dk, seeds: st.SeedSequence) {
    super();
    const dModel = st.dimMul(h, dK);
    const linear = () => new st.Linear(dModel, dModel, seeds, 'default');
    this.linears = [linear(), linear(), linear(), linear()];
  }
  forward<B extends number, T extends number, S extends number>(
    query: st.Tensor<[B, T, st.Mul<H, Dk>]>, key: st.Tensor<[B, S, st.Mul<H, Dk>]>, value: st.Tensor<[B, S, st.Mul<H, Dk>]>,
  ): st.Tensor<[B, T, st.Mul<H, Dk>]> {
    const [nbatches] = query.shape;
    const [lq, lk, lv, lo] = this.linears;
    const q = lq.forward(query).reshape([nbatches, -1, this.h, this.dK]).transpose([0, 2, 1, 3]);
    const k = st.transpose(st.reshape(lk.forward(key), [nbatches, -1, this.h, this.dK]), [0, 2, 1, 3]);
    const v = st.transpose(st.reshape(lv.forward(value), [nbatches, -1, this.h, this.dK]), [0, 2, 1, 3]);
    const scores = st.div(st.matMul(q, k, false, true), Math.sqrt(this.dK));
    const x = st.matMul(st.softmax(scores, -1), v);
    const merged = st.reshape(st.transpose(x, [0, 2, 1, 3]), [nbatches, -1, st.dimMul(this.h, this.dK)]);
    return lo.forward(merged);
  }
}
const attn = new MultiHeadedAttention(8, 64, new st.SeedSequence(0));
const out = attn.forward(st.randomNormal([2, 9, 512]), st.randomNormal([2, 21, 512]), st.randomNormal([2, 21, 512]));
export const ok: Eq<typeof out.shape, [2, 9, 512]> = true;
