// cause: 4 kind tags. Per-example probabilities taken apart with unstack are still probabilities: not logits for the loss.
// expect: sparseSoftmaxCrossEntropy: expects logits, got probabilities
import * as st from '../../src/index.js';

const probs = st.softmax(st.randomNormal([4, 10]));
const rows = st.unstack(probs);
const first = st.expandDims(rows[0], 0);
export const loss = st.sparseSoftmaxCrossEntropy(first, st.zeros([1], 'int32')); // error
