// cause: 3 products. A generic block whose width is KV x (KV x Dh), a different dim from the attention's
// KV x Rep x Dh in any grouping: rejected with the factors.
// expect: Attention.forward: last dim ${Mul<KV, Mul<KV, Dh>>} is not ${KV} x ${Rep} x ${Dh}
import * as st from '../../src/index.js';

function attend<KV extends number, Rep extends number, Dh extends number, B extends number, T extends number>(
  layer: st.Attention<KV, Rep, Dh>, rope: st.RotaryEmbedding<Dh>, x: st.Tensor<[B, T, st.Mul<KV, st.Mul<KV, Dh>>]>,
) {
  return layer.forward(x, rope).output; // error
}
export const f = attend;
