// cause: 1 union inference. An embedding table placed by a flag, looked up with ids made on the default device.
// expect: gather: tensors are on different devices
import * as st from '../../src/index.js';

const device = process.argv.includes('--cpu') ? 'cpu' : 'default';
const table = st.variable(st.randomNormal([65, 32], 0, 0.02, 'float32', 1, device));
const ids = st.zeros([4, 16], 'int32');
export const h = st.gather(table, ids); // error
