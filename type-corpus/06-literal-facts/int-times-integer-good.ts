// cause: 6 literal facts. int32 times an integer literal, and float32 times a fraction, are fine.
// expect: ok
import * as st from '../../src/index.js';

const counts = st.oneHot(st.zeros([8], 'int32'), 10);
export const doubled = st.mul(counts, 2);
export const scaled = st.mul(st.cast(counts, 'float32'), 0.5);
