// cause: 4 kind tags. A user's loss wrapper that masks ignored positions with where and clips for safety, given
// the model's softmax output, still sees probabilities.
// expect: sparseSoftmaxCrossEntropy: expects logits, got probabilities
import * as st from '../../src/index.js';

function maskedLoss<N extends number, V extends number>(scores: st.Tensor<[N, V], 'float32', 'default', st.Kind>, keep: st.Tensor<[N, 1], 'bool'>, targets: st.Tensor<[N], 'int32'>) {
  const safe = st.clipByValue(st.where(keep, scores, 0), -50, 50);
  return st.sparseSoftmaxCrossEntropy(safe, targets); // error
}
const probs = st.softmax(st.randomNormal([32, 50]));
const keep = st.greater(st.randomUniform([32, 1]), 0.2);
export const l = maskedLoss(probs, keep, st.zeros([32], 'int32'));
