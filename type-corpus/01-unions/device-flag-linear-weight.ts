// cause: 1 union inference. Inputs on a device chosen at run time, the projection weight left on the default device.
// expect: linear: tensors are on different devices
import * as st from '../../src/index.js';

const device = process.env.SHAPETYPE_DEVICE === 'cpu' ? 'cpu' : 'default';
const proj = st.variable(st.randomNormal([32, 10], 0, 0.02));
const features = st.randomNormal([16, 32], 0, 1, 'float32', 7, device);
export const logits = st.linear(features, proj); // error
