// cause: 3 products. Attention with as many queries per key/value head as key/value heads (KV = Rep = H): the
// user's width H x (H x Dh) is one of its groupings, and the output keeps it.
// expect: ok
import * as st from '../../src/index.js';

function attendSquare<H extends number, Dh extends number, B extends number, T extends number>(
  layer: st.Attention<H, H, Dh>, rope: st.RotaryEmbedding<Dh>, x: st.Tensor<[B, T, st.Mul<H, st.Mul<H, Dh>>]>,
): st.Tensor<[B, T, st.Mul<H, st.Mul<H, Dh>>]> {
  return st.add(x, layer.forward(x, rope).output);
}
export const y = attendSquare(new st.Attention(2, 2, 8, new st.SeedSequence(3), 'default'), new st.RotaryEmbedding(8, 10000, 'default'), st.zeros([1, 2, 32]));
