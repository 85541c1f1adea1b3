// devices. A KV cache kept on the cpu extended with a step computed on the default device.
// expect: concat: tensors are on different devices
import * as st from '../../src/index.js';

const cache = st.zeros([1, 4, 10, 32], 'float32', 'cpu');
const step = st.randomNormal([1, 4, 1, 32]);
export const grown = st.concat([cache, step], 2); // error
