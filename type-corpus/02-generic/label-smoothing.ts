// cause: 2 generic code. Label-smoothed cross-entropy written by hand with oneHot and logSoftmax.
// expect: ok
import * as st from '../../src/index.js';

function smoothedLoss<B extends number, C extends number>(logits: st.Tensor<[B, C]>, labels: st.Tensor<[B], 'int32'>, eps: number) {
  const [, classes] = logits.shape;
  const target = st.oneHot(labels, classes, 1 - eps, eps / classes, 'float32');
  const nll = st.neg(st.sum(st.mul(st.logSoftmax(logits), target), -1));
  return st.mean(nll);
}
export const loss: st.Tensor<[]> = smoothedLoss(st.randomNormal([8, 10]), st.zeros([8], 'int32'), 0.1);
