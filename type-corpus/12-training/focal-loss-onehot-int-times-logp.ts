// cause: 12 training. Focal loss with int32 labels: the one-hot of the labels is int32 by default and is
// multiplied straight into the float log-probabilities.
// expect: mul: dtypes differ
import * as st from '../../src/index.js';

function focalLoss<B extends number, C extends number>(logits: st.Tensor<[B, C]>, labels: st.Tensor<[B], 'int32'>, gamma: number) {
  const [, c] = logits.shape;
  const logp = st.logSoftmax(logits, -1);
  const onehot = st.oneHot(labels, c);
  const logpt = st.sum(st.mul(logp, onehot), -1); // error
  return st.mean(st.mul(st.pow(st.sub(1, st.exp(logpt)), gamma), st.neg(logpt)));
}
export const l = focalLoss(st.randomNormal([8, 5]), st.zeros([8], 'int32'), 2);
