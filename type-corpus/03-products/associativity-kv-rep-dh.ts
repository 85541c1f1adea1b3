// cause: 3 products. KV x (Rep x Dh) is the same dim as (KV x Rep) x Dh: a user's block feeds the library's attention.
// expect: ok
import * as st from '../../src/index.js';
import { Attention, RotaryEmbedding, SeedSequence } from '../../src/layers/index.js';

function attend<KV extends number, Rep extends number, Dh extends number, B extends number, T extends number>(
  layer: Attention<KV, Rep, Dh>, rope: RotaryEmbedding<Dh>, x: st.Tensor<[B, T, st.Mul<KV, st.Mul<Rep, Dh>>]>,
): st.Tensor<[B, T, st.Mul<KV, st.Mul<Rep, Dh>>]> {
  return layer.forward(x, rope).output;
}
const layer = new Attention(2, 2, 32, new SeedSequence(1), 'default');
export const y = attend(layer, new RotaryEmbedding(32, 10000, 'default'), st.zeros([1, 4, 128]));
