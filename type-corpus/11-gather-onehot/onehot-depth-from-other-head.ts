// cause: 11 one-hot (depth). A multi-task model with a 10-class and a 100-class head: the fine-grained head's
// one-hot targets are built with the coarse head's class count.
// expect: mul: shapes [64, 100] and [64, 10] do not broadcast (100 vs 10)
import * as st from '../../src/index.js';

const COARSE = 10;
const FINE = 100;
export function fineLoss(fineLogits: st.Tensor<[64, typeof FINE]>, fineLabels: st.Tensor<[64], 'int32'>) {
  const targets = st.oneHot(fineLabels, COARSE, 1, 0, 'float32');
  return st.neg(st.mean(st.sum(st.mul(st.logSoftmax(fineLogits), targets), -1))); // error
}
