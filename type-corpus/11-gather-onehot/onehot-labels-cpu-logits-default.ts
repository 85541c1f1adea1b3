// cause: 11 one-hot (devices). Soft-target cross-entropy with one-hot targets built on the cpu where the labels
// were read, against log-probabilities on the default device.
// expect: mul: tensors are on different devices (default vs cpu)
import * as st from '../../src/index.js';

export function softTargetLoss(logits: st.Tensor<[32, 10]>, labels: st.Tensor<[32], 'int32', 'cpu'>) {
  const targets = st.oneHot(labels, 10, 0.9, 0.01, 'float32');
  const perClass = st.mul(st.logSoftmax(logits), targets); // error
  return st.neg(st.mean(st.sum(perClass, -1)));
}
