// cause: 4 kinds (new family): a tfjs-style method chain for a mixture density network's component
// assignment: the mixture weights are already softmax'd, then passed as logits to the classification loss.
// expect: expects logits, got probabilities (softmax output)
import * as st from '../../src/index.js';

const head = st.randomNormal([64, 5]);
export function componentLoss(h: st.Tensor<[32, 64]>, component: st.Tensor<[32], 'int32'>) {
  const pi = h.matMul(head).softmax(-1);
  return st.sparseSoftmaxCrossEntropy(pi, component); // error
}
