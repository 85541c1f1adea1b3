// cause: 4 kind tags. A flag that sometimes returns probabilities: the union still holds probabilities.
// expect: sparseSoftmaxCrossEntropy: expects logits, got probabilities
import * as st from '../../src/index.js';

declare const normalise: boolean;
const logits = st.randomNormal([8, 10]);
const out = normalise ? st.softmax(logits) : logits;
export const loss = st.sparseSoftmaxCrossEntropy(out, st.zeros([8], 'int32')); // error
