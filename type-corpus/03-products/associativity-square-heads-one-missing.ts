// cause: 3 products. The same attention (KV = Rep = H) fed H x Dh, one factor H short: a product keeps its
// factors' multiplicity, so this is another dim and is rejected.
// expect: Attention.forward: last dim ${Mul<H, Dh>} is not ${H} x ${H} x ${Dh}
import * as st from '../../src/index.js';

function attendSquare<H extends number, Dh extends number, B extends number, T extends number>(
  layer: st.Attention<H, H, Dh>, rope: st.RotaryEmbedding<Dh>, x: st.Tensor<[B, T, st.Mul<H, Dh>]>,
) {
  return layer.forward(x, rope).output; // error
}
export const f = attendSquare;
