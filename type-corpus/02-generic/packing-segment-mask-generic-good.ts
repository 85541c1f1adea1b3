// cause: 2 generic (new family): sequence packing in a generic attention helper: the same-segment mask from int32
// segment ids as equal(seg[:, :, None], seg[:, None, :]), combined with the causal mask and applied per head.
// expect: ok
import * as st from '../../src/index.js';

export function packedScores<B extends number, H extends number, T extends number>(
  scores: st.Tensor<[B, H, T, T]>, segments: st.Tensor<[B, T], 'int32'>, causal: st.Tensor<[T, T], 'bool'>,
): st.Tensor<[B, H, T, T]> {
  const same = st.equal(st.expandDims(segments, 2), st.expandDims(segments, 1));   // [B, T, T]
  const allowed = st.logicalAnd(same, causal);
  return st.where(st.expandDims(allowed, 1), scores, -1e9);
}
