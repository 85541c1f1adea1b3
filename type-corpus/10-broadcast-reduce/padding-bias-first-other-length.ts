// cause: 2 generic: the padding bias of a cross-attention is built over the target length T, not the source
// length S, and added first: [B, 1, 1, T] + [B, H, T, S] cannot broadcast (T against S), also in generic code.
// expect: add: shapes [
// expect: do not broadcast
import * as st from '../../src/index.js';

export function crossScores<B extends number, H extends number, T extends number, S extends number, Dh extends number>(
  q: st.Tensor<[B, H, T, Dh]>, k: st.Tensor<[B, H, S, Dh]>, targetPadding: st.Tensor<[B, 1, 1, T]>,
) {
  const scores = st.matMul(q, k, false, true);
  return st.add(targetPadding, scores); // error
}
