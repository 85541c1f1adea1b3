// cause: 4 kind tags. A function declared to return probabilities: its result cannot be the loss's logits.
// expect: sparseSoftmaxCrossEntropy: expects logits, got probabilities
import * as st from '../../src/index.js';

function predictive<B extends number, C extends number>(logits: st.Tensor<[B, C]>): st.Probabilities<[B, C]> {
  return st.softmax(logits);
}
const probs = predictive(st.randomNormal([8, 10]));
export const loss = st.sparseSoftmaxCrossEntropy(probs, st.zeros([8], 'int32')); // error
