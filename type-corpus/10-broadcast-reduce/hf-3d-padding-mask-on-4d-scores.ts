// cause: 10 broadcast (where). A port of a Hugging Face model applies the [B, 1, T] key-padding mask (the 3D
// form single-head code uses) to multi-head [B, H, T, T] scores without the head axis: aligned from the right,
// the batch meets the heads.
// expect: where: shapes [2, 1, 16] and [2, 8, 16, 16] do not broadcast (2 vs 8)
import * as st from '../../src/index.js';

export function maskedScores(scores: st.Tensor<[2, 8, 16, 16]>, attentionMask: st.Tensor<[2, 16], 'int32'>) {
  const pad = st.expandDims(st.equal(attentionMask, 1), 1);
  return st.where(pad, scores, -1e9); // error
}
