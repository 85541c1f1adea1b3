// cause: 1 union inference. A key cache on the flag's device extended with a step made on the default device.
// expect: concat: tensors are on different devices
import * as st from '../../src/index.js';

const device = process.argv.includes('--cpu') ? 'cpu' : 'default';
const cache = st.zeros([1, 8, 31, 64], 'float32', device);
const step = st.randomNormal([1, 8, 1, 64]);
export const grown = st.concat([cache, step], 2); // error
