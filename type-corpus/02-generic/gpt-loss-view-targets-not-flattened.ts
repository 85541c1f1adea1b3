// cause: 2 generic code. The same loss with the targets left [B, T] while the logits are flattened to
// [Mul<B, T>, V]: the labels do not have the logits' shape without the class dim.
// expect: sparseSoftmaxCrossEntropy: labels [${B}, ${T}] must have the logits' shape without the class dim
// expect-not: NotThisForm
import * as st from '../../src/index.js';

function lmLoss<B extends number, T extends number, V extends number>(logits: st.Tensor<[B, T, V]>, targets: st.Tensor<[B, T], 'int32'>) {
  const [, , vocab] = logits.shape;
  const flat = st.reshape(logits, [-1, vocab]);
  return st.sparseSoftmaxCrossEntropy(flat, targets); // error
}
export const loss = lmLoss(st.randomNormal([4, 16, 65]), st.zeros([4, 16], 'int32'));
