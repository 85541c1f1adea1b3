// cause: 10 broadcast/reduce (new family): sequence packing: several documents in one row of T tokens, with
// int32 segment ids; attention is allowed within a segment and causally: equal(seg[:, :, None], seg[:, None, :])
// and the causal mask, expanded over heads.
// expect: ok
import * as st from '../../src/index.js';

const T = 128;
export function packedMask(segments: st.Tensor<[4, 128], 'int32'>) {
  const same = st.equal(st.expandDims(segments, 2), st.expandDims(segments, 1));   // [B, T, T]
  const allowed = st.logicalAnd(same, st.causalMask(T));
  return st.expandDims(allowed, 1);                                                // [B, 1, T, T]
}
export function packedAttention(q: st.Tensor<[4, 8, 128, 64]>, k: st.Tensor<[4, 8, 128, 64]>, v: st.Tensor<[4, 8, 128, 64]>, segments: st.Tensor<[4, 128], 'int32'>) {
  const scores = st.div(st.matMul(q, k, false, true), 8);
  const masked = st.where(packedMask(segments), scores, -1e9);
  return st.matMul(st.softmax(masked), v);
}
