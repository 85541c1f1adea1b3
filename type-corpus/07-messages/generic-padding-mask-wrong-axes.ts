// cause: 7 messages. A generic padding mask laid out [B, 1, T, T] over scores [B, H, T, S] (keys from a cache): where's sentence names the shapes.
// expect: where: shapes [${B}, 1, ${T}, ${T}], [${B}, ${H}, ${T}, ${S}]
import * as st from '../../src/index.js';

function maskScores<B extends number, H extends number, T extends number, S extends number>(
  mask: st.Tensor<[B, 1, T, T], 'bool'>, scores: st.Tensor<[B, H, T, S]>,
) {
  return st.where(mask, scores, -1e9); // error
}
export const f = maskScores;
