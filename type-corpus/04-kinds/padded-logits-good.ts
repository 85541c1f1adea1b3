// cause: 4 kind tags. Logits padded with a large negative score stay logits; padded probabilities stay probabilities.
// expect: ok
import * as st from '../../src/index.js';

const logits = st.randomNormal([16, 60]);
const labels = st.zeros([16], 'int32');
export const loss = st.sparseSoftmaxCrossEntropy(st.pad(logits, [[0, 0], [0, 4]], -1e9), labels);
export const probs: st.Probabilities<[16, 64]> = st.pad(st.softmax(logits), [[0, 0], [0, 4]]);
