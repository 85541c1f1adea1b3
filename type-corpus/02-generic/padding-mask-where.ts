// cause: 2 generic code. A padding mask [B, 1, 1, T] over attention scores [B, H, T, T].
// expect: ok
import * as st from '../../src/index.js';

function maskPadding<B extends number, H extends number, T extends number>(
  scores: st.Tensor<[B, H, T, T]>, keep: st.Tensor<[B, 1, 1, T], 'bool'>,
): st.Tensor<[B, H, T, T]> {
  return st.where(keep, scores, -1e9);
}
const keep = st.greater(st.ones([2, 1, 1, 16]), 0);
export const masked = maskPadding(st.randomNormal([2, 8, 16, 16]), keep);
