// cause: 7 messages: stacking per-layer hidden states for a probe where one layer's state kept its batch of 1.
// expect: stack
import * as st from '../../src/index.js';

const h1 = st.randomNormal([16, 64]);
const h2 = st.randomNormal([1, 16, 64]);
export const all = st.stack([h1, h2]); // error
