// cause: 4 kind tags. Softmax output padded on the class axis to a bucketed width is still probabilities.
// expect: sparseSoftmaxCrossEntropy: expects logits, got probabilities
import * as st from '../../src/index.js';

function bucketed<B extends number>(probs: st.Probabilities<[B, 60]>) {
  return probs.pad([[0, 0], [0, 4]]);
}
const probs = st.softmax(st.randomNormal([16, 60]));
const labels = st.zeros([16], 'int32');
export const loss = st.sparseSoftmaxCrossEntropy(bucketed(probs), labels); // error
