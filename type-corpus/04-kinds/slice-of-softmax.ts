// cause: 4 kind tags. The probabilities of the last position, sliced, are still probabilities.
// expect: sparseSoftmaxCrossEntropy: expects logits, got probabilities
import * as st from '../../src/index.js';

const probs = st.softmax(st.randomNormal([2, 16, 65]));
const last = st.squeeze(st.slice(probs, [0, 15, 0], [-1, 1, -1]), [1]);
export const loss = st.sparseSoftmaxCrossEntropy(last, st.zeros([2], 'int32')); // error
