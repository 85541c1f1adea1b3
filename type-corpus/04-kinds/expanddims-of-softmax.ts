// cause: 4 kind tags. A probabilities tensor given a batch axis with expandDims is still probabilities.
// expect: sparseSoftmaxCrossEntropy: expects logits, got probabilities
import * as st from '../../src/index.js';

const p = st.expandDims(st.softmax(st.randomNormal([16, 65])), 0);
export const loss = st.sparseSoftmaxCrossEntropy(p, st.zeros([1, 16], 'int32')); // error
