// cause: 7 messages: a transpose of a [2, 3, 4] activation with a permutation of two axes (a 2D habit).
// expect: transpose
import * as st from '../../src/index.js';

const x = st.randomNormal([2, 3, 4]);
export const y = st.transpose(x, [1, 0]); // error
