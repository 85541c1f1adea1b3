// cause: 1 union inference. The same choice made as a run-time width (`number`): one dynamic dim, checked at run time.
// expect: ok
import * as st from '../../src/index.js';

const dim: number = process.argv.includes('--large') ? 512 : 256;
const head = new st.Linear(dim, 10, new st.SeedSequence(0), 'default');
const features = st.randomNormal([8, dim]);
const logits = head.forward(features);
const labels = st.zeros([8], 'int32');
export const loss: number = st.sparseSoftmaxCrossEntropy(logits, labels).item();
