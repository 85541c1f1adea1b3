// cause: 6 literal facts. Label-smoothing targets filled with 0.1 in a tensor made int32 (as the labels are): every value becomes 0.
// expect: fill: 0.1 is not an integer, but the dtype is int32 (every value would become 0)
// expect: int32
import * as st from '../../src/index.js';

const classes = 10;
const smooth = st.fill([8, classes], 0.1, 'int32'); // error
export const targets = st.cast(smooth, 'float32');
