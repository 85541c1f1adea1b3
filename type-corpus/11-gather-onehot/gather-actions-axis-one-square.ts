// cause: 11 gather/one-hot. torch.gather(logp, 1, actions[:, None]) ported as gather(logp, actions, 1): tf's
// gather along axis 1 takes the same columns for every row, [256, 256], not one per row. The helper's
// declared [256] result catches it.
// expect: Tensor<[256, 256]
import * as st from '../../src/index.js';

function takenLogProb(logp: st.LogProbabilities<[256, 6]>, actions: st.Tensor<[256], 'int32'>): st.Tensor<[256]> {
  return st.gather(logp, actions, 1); // error
}
export const lp = takenLogProb(st.logSoftmax(st.randomNormal([256, 6])), st.zeros([256], 'int32'));
