// cause: 4 kind tags. Softmax over the class axis 0 of [C, B], transposed to [B, C], is still probabilities.
// expect: sparseSoftmaxCrossEntropy: expects logits, got probabilities
import * as st from '../../src/index.js';

const scores = st.randomNormal([10, 8]);
const probs = st.transpose(st.softmax(scores, 0));
export const loss = st.sparseSoftmaxCrossEntropy(probs, st.zeros([8], 'int32')); // error
