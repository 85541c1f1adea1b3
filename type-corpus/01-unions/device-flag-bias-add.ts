// cause: 1 union inference. Hidden states on a device picked by a flag, plus a bias vector made on the default
// device: the trailing-vector form of add must not let the run-time choice through either.
// expect: add: tensors are on different devices
import * as st from '../../src/index.js';

const device = process.argv.includes('--cpu') ? 'cpu' : 'default';
const hidden = st.randomNormal([4, 16, 64], 0, 1, 'float32', 1, device);
const bias = st.variable(st.zeros([64]));
export const shifted = st.add(hidden, bias); // error
