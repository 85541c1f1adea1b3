// cause: 4 kind tags. Probabilities of two batches concatenated are still probabilities.
// expect: sparseSoftmaxCrossEntropy: expects logits, got probabilities
import * as st from '../../src/index.js';

const a = st.softmax(st.randomNormal([4, 10]));
const b = st.softmax(st.randomNormal([4, 10]));
export const loss = st.sparseSoftmaxCrossEntropy(st.concat([a, b], 0), st.zeros([8], 'int32')); // error
