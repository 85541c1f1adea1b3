// cause: 8 devices: a weight moved to cpu for inspection and used again with default-device activations.
// expect: different devices
import * as st from '../../src/index.js';

const w = st.randomNormal([64, 64]).to('cpu');
const x = st.randomNormal([8, 64]);
export const y = st.matMul(x, w); // error
