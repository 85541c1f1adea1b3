// cause: 1 union inference. Every tensor made with the one device variable: one run-time choice, the same union
// type on each side, checked at run time (as a dynamic dim is).
// expect: ok
import * as st from '../../src/index.js';

const device = process.argv.includes('--cpu') ? 'cpu' : 'default';
const w1 = st.randomNormal([64, 128], 0, 0.02, 'float32', 1, device);
const w2 = st.randomNormal([128, 64], 0, 0.02, 'float32', 2, device);
const x = st.randomNormal([8, 64], 0, 1, 'float32', 3, device);
const h = st.relu(st.matMul(x, w1));
export const y = st.add(st.matMul(h, w2), x);
