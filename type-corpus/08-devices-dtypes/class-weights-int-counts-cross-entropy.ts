// cause: 8 dtypes. Class-balanced loss: per-example losses (reduction 'none') weighted by the inverse class
// frequency, where the frequencies are int32 counts from a bincount-like oneHot sum, divided without a cast.
// expect: div: dtypes differ (float32 vs int32)
import * as st from '../../src/index.js';

export function balancedLoss(logits: st.Tensor<[64, 5]>, labels: st.Tensor<[64], 'int32'>) {
  const perExample = st.sparseSoftmaxCrossEntropy(logits, labels, 'none');
  const counts = st.gather(st.sum(st.oneHot(labels, 5), 0), labels);
  return st.mean(st.div(perExample, counts)); // error
}
