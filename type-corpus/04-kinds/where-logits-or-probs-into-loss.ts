// cause: 4 kind tags. A choice (by a run-time mask) between logits and probabilities is not logits.
// expect: sparseSoftmaxCrossEntropy: expects logits, got probabilities
import * as st from '../../src/index.js';

const logits = st.randomNormal([6, 20]);
const cached = st.softmax(st.randomNormal([6, 20]));
const fresh = st.greater(st.randomUniform([6, 1]), 0.5);
const mixed = logits.where(fresh, cached);
export const loss = st.sparseSoftmaxCrossEntropy(mixed, st.zeros([6], 'int32')); // error
