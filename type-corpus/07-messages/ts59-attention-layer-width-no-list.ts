// cause: 7 messages. A user's generic encoder layer hands the library's Attention its key/value width (KV x Dh)
// instead of the model width: one sentence over the user's dims, under TypeScript 5.9 too (no list of overloads,
// none of Mul's internals).
// expect: Attention.forward: last dim ${Mul<KV, Dh>} is not ${KV} x ${Rep} x ${Dh}
// expect-not: Overload 1 of
// expect-not: MulOf
import * as st from '../../src/index.js';

class EncoderLayer<KV extends number, Rep extends number, Dh extends number> extends st.Module {
  constructor(readonly attn: st.Attention<KV, Rep, Dh>, readonly rope: st.RotaryEmbedding<Dh>) {
    super();
  }
  forward<B extends number, T extends number>(keys: st.Tensor<[B, T, st.Mul<KV, Dh>]>) {
    return this.attn.forward(keys, this.rope).output; // error
  }
}
export const layer = new EncoderLayer(new st.Attention(2, 2, 16, new st.SeedSequence(0), 'default'), new st.RotaryEmbedding(16, 10000, 'default'));
