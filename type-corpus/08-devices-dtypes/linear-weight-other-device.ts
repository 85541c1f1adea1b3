// devices. Activations on the cpu, a weight left on the default device.
// expect: linear: tensors are on different devices (cpu vs default)
import * as st from '../../src/index.js';

const x = st.randomNormal([4, 16, 32]).to('cpu');
const w = st.randomNormal([32, 64]);
export const y = st.linear(x, w); // error
