// cause: 10 broadcast: ALiBi with the head slopes expanded on the wrong side ([1, H] instead of [H, 1, 1]): they
// meet the key axis of the [T, T] distances.
// expect: do not broadcast
import * as st from '../../src/index.js';

const slopes = st.ones([4]);
const distance = st.zeros([16, 16]);
export const bias = st.mul(st.expandDims(slopes, 0), distance); // error
