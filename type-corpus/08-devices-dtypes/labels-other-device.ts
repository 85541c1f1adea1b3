// devices. Logits on the cpu, labels on the default device.
// expect: sparseSoftmaxCrossEntropy: tensors are on different devices (cpu vs default)
import * as st from '../../src/index.js';

const logits = st.randomNormal([8, 10]).to('cpu');
const labels = st.zeros([8], 'int32');
export const loss = st.sparseSoftmaxCrossEntropy(logits, labels); // error
