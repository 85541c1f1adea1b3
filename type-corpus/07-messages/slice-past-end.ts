// cause: 7 messages: the last 8 positions of a 16-step sequence sliced from position 10.
// expect: slice
import * as st from '../../src/index.js';

const x = st.randomNormal([2, 16, 32]);
export const tail = st.slice(x, [0, 10, 0], [2, 8, 32]); // error
