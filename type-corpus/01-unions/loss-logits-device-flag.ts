// cause: 1 union inference. Logits on the flag's device, labels on the default device.
// expect: sparseSoftmaxCrossEntropy: tensors are on different devices
import * as st from '../../src/index.js';

const device = process.argv.includes('--cpu') ? 'cpu' : 'default';
const logits = st.randomNormal([4, 10], 0, 1, 'float32', 2, device);
const labels = st.zeros([4], 'int32');
export const loss = st.sparseSoftmaxCrossEntropy(logits, labels); // error
