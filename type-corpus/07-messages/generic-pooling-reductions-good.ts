// cause: 7 messages. Generic pooling and metrics over in-range axes compile with no error: masked mean over time, max-pool with keepDims, the batch mean of a [X, ...L] tensor, a whole-tensor sum of any rank, argMax over classes, logSumExp and the methods.
// expect: ok
import * as st from '../../src/index.js';

function pools<B extends number, T extends number, D extends number>(hidden: st.Tensor<[B, T, D]>, mask: st.Tensor<[B, T, 1]>) {
  const total = st.sum(st.mul(hidden, mask), 1);
  const count = st.sum(mask, [1], false);
  const meanPool: st.Tensor<[B, D]> = st.div(total, count);
  const maxPool: st.Tensor<[B, 1, D]> = st.max(hidden, 1, true);
  const lastAxis: st.Tensor<[B, T]> = hidden.mean(-1);
  const energy: st.Tensor<[B]> = st.logSumExp(hidden, [1, 2]);
  return { meanPool, maxPool, lastAxis, energy, best: st.argMax(hidden, 2), peak: hidden.max(-1, true) };
}
function anyRank<L extends st.Shape, X extends number>(batch: st.Tensor<[X, ...L]>, feats: st.Tensor<[...L, X]>) {
  const overBatch: st.Tensor<L> = st.mean(batch, 0);
  const scalar: st.Tensor<[]> = st.sum(feats);
  const lastKept: st.Tensor<[...L, 1]> = st.sum(feats, -1, true);
  return { overBatch, scalar, lastKept, methodMean: batch.mean(0) };
}
export const f = { pools, anyRank };
