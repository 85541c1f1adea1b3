// cause: 4 kind tags. A user's loss wrapper typed with plain tensors: softmax output passed to it must be rejected.
// expect: probabilities
import * as st from '../../src/index.js';

function loss<B extends number, C extends number>(logits: st.Tensor<[B, C]>, labels: st.Tensor<[B], 'int32'>) {
  return st.sparseSoftmaxCrossEntropy(logits, labels);
}
const probs = st.softmax(st.randomNormal([8, 10]));
export const l = loss(probs, st.zeros([8], 'int32')); // error
