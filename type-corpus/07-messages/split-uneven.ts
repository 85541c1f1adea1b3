// cause: 7 messages: splitting a fused QKV projection of width 100 into 3 equal parts.
// expect: split
import * as st from '../../src/index.js';

const qkv = st.randomNormal([2, 8, 100]);
export const parts = st.split(qkv, 3, 2); // error
