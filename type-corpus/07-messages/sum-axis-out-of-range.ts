// cause: 7 messages: a loss summed over axis 2 of [B, T] per-token losses.
// expect: sum
import * as st from '../../src/index.js';

const perToken = st.randomNormal([4, 16]);
export const total = st.sum(perToken, 2); // error
