// cause: 1 union inference. The chained-method form of a residual add across a run-time device choice.
// expect: add: tensors are on different devices
import * as st from '../../src/index.js';

const device = process.argv.includes('--cpu') ? 'cpu' : 'default';
const h = st.zeros([2, 16, 64], 'float32', device);
const skip = st.ones([2, 16, 64]);
export const out = h.add(skip); // error
