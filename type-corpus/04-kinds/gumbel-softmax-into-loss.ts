// cause: 4 kinds (new family): Gumbel-softmax relaxation: the soft sample softmax((logits + g) / tau) is
// probabilities, but it is passed to the cross-entropy as if it were the logits.
// expect: expects logits, got probabilities (softmax output)
import * as st from '../../src/index.js';

const tau = 0.5;
function gumbelSoftmax(logits: st.Tensor<[16, 10]>) {
  const u = st.randomUniform([16, 10], 1e-6, 1 - 1e-6, 'float32', 7);
  const g = st.neg(st.log(st.neg(st.log(u))));
  return st.softmax(st.div(st.add(logits, g), tau));
}
export function relaxedLoss(logits: st.Tensor<[16, 10]>, labels: st.Tensor<[16], 'int32'>) {
  const y = gumbelSoftmax(logits);
  return st.sparseSoftmaxCrossEntropy(y, labels); // error
}
