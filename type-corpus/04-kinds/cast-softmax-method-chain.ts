// cause: 4 kind tags. Probabilities cast to float32 (a no-op a user writes after mixed precision) keep their kind.
// expect: sparseSoftmaxCrossEntropy: expects logits, got probabilities
import * as st from '../../src/index.js';

const scores = st.randomNormal([8, 16, 100]);
const probs = scores.softmax(-1).cast('float32');
const flat = probs.reshape([-1, 100]);
const targets = st.zeros([128], 'int32');
export const loss = st.sparseSoftmaxCrossEntropy(flat, targets); // error
