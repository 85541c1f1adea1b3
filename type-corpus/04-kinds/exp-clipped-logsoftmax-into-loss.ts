// cause: 4 kind tags. exp of a clipped logSoftmax (clip for stability, then exp for the sampler) is probabilities.
// expect: sparseSoftmaxCrossEntropy: expects logits, got probabilities
import * as st from '../../src/index.js';

const logits = st.randomNormal([8, 30]);
const logp = st.clipByValue(st.logSoftmax(logits), -20, 0);
const p = st.exp(logp);
export const loss = st.sparseSoftmaxCrossEntropy(p, st.zeros([8], 'int32')); // error
