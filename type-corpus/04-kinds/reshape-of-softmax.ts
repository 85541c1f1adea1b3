// cause: 4 kind tags. Softmax output flattened for the loss is still probabilities.
// expect: sparseSoftmaxCrossEntropy: expects logits, got probabilities
import * as st from '../../src/index.js';

const logits = st.randomNormal([4, 16, 65]);
const probs = st.softmax(logits);
const flat = st.reshape(probs, [-1, 65]);
const targets = st.reshape(st.zeros([4, 16], 'int32'), [-1]);
export const loss = st.sparseSoftmaxCrossEntropy(flat, targets); // error
