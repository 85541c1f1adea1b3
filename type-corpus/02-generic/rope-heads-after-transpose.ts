// cause: 2 generic code (rotaryEmbeddingHeads). rotaryEmbeddingHeads takes the projection's split [B, T, H, Dh]
// and does the transpose itself; a port that transposes to [B, H, T, Dh] first (as for rotaryEmbedding) rotates
// along the wrong axis and returns [B, T, H, Dh]. Heads and time differ here (4 vs 8), so the product's batch dims do not broadcast.
// expect: matMul: shapes [1, 8] and [1, 4] do not broadcast (8 vs 4)
import * as st from '../../src/index.js';

export function scores(q: st.Tensor<[1, 8, 4, 16]>, k: st.Tensor<[1, 4, 8, 16]>) {
  const qh = st.rotaryEmbeddingHeads(st.transpose(q, [0, 2, 1, 3]));
  return st.matMul(qh, k, false, true); // error
}
