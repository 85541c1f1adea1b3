// cause: 2 generic code. Encoder-decoder cross attention as a user's Module: queries from the decoder [B, T, D],
// keys and values from the encoder memory [B, S, D] (S != T), heads split with reshape(view) and transpose,
// a padding mask of the source [B, 1, 1, S], merged back with reshape(b, t, -1).
// expect: ok
import * as st from '../../src/index.js';

class CrossAttention<H extends number, Dh extends number> extends st.Module {
  readonly q: st.Linear<st.Mul<H, Dh>, st.Mul<H, Dh>>;
  readonly kv: st.Linear<st.Mul<H, Dh>, st.Mul<H, Dh>>;
  readonly o: st.Linear<st.Mul<H, Dh>, st.Mul<H, Dh>>;
  constructor(readonly heads: H, readonly headDim: Dh, seeds: st.SeedSequence) {
    super();
    const d = st.dimMul(heads, headDim);
    this.q = new st.Linear(d, d, seeds, 'default');
    this.kv = new st.Linear(d, d, seeds, 'default');
    this.o = new st.Linear(d, d, seeds, 'default');
  }
  forward<B extends number, T extends number, S extends number>(
    x: st.Tensor<[B, T, st.Mul<H, Dh>]>, memory: st.Tensor<[B, S, st.Mul<H, Dh>]>, srcPad: st.Tensor<[B, 1, 1, S], 'bool'>,
  ): st.Tensor<[B, T, st.Mul<H, Dh>]> {
    const [b, t] = x.shape;
    const [, s] = memory.shape;
    const q = st.transpose(st.reshape(this.q.forward(x), [b, t, this.heads, this.headDim]), [0, 2, 1, 3]);
    const k = st.transpose(st.reshape(this.kv.forward(memory), [b, s, this.heads, this.headDim]), [0, 2, 1, 3]);
    const v = st.transpose(st.reshape(this.kv.forward(memory), [b, s, this.heads, this.headDim]), [0, 2, 1, 3]);
    const scores = st.mul(st.matMul(q, k, false, true), 1 / Math.sqrt(this.headDim));
    const masked = st.where(srcPad, scores, -1e9);
    const ctx = st.matMul(st.softmax(masked, -1), v);
    const merged = st.reshape(st.transpose(ctx, [0, 2, 1, 3]), [b, t, -1]);
    return this.o.forward(merged);
  }
}
const xattn = new CrossAttention(8, 64, new st.SeedSequence(3));
export const out: st.Tensor<[2, 12, 512]> = xattn.forward(st.randomNormal([2, 12, 512]), st.randomNormal([2, 30, 512]), st.ones([2, 1, 1, 30], 'bool'));
