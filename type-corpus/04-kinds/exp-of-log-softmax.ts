// cause: 4 kind tags. exp(logSoftmax(x)) is softmax(x): probabilities, not logits.
// expect: sparseSoftmaxCrossEntropy: expects logits, got probabilities
import * as st from '../../src/index.js';

const logits = st.randomNormal([8, 10]);
const probs = st.exp(st.logSoftmax(logits));
export const loss = st.sparseSoftmaxCrossEntropy(probs, st.zeros([8], 'int32')); // error
