// cause: 1 union inference. A device chosen at run time is a union; mixing it with the default device must not pass.
// expect: matMul: tensors are on different devices
import * as st from '../../src/index.js';

const device = process.env.SHAPETYPE_CPU ? 'cpu' : 'default';
const x = st.zeros([4, 32], 'float32', device);
const w = st.randomNormal([32, 8]);
export const y = st.matMul(x, w); // error
