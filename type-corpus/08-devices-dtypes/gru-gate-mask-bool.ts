// cause: 8 devices/dtypes. A GRU over padded sequences keeps the old state where a step is padding:
// h = m * h' + (1 - m) * h, but m is the comparison's bool mask, not a float: arithmetic on bool is refused
// (cast(m, 'float32') or where(m, hNew, h) is what was meant).
// expect: mul: tensor must be float32 or int32, got bool
import * as st from '../../src/index.js';

const lengths = st.tensor([5, 3, 2, 5], [4], 'int32');
const h = st.zeros([4, 24]);
const hNew = st.randomNormal([4, 24]);
const t = 3;
const m = st.expandDims(st.greater(lengths, t), -1); // [4, 1] bool: still inside the sequence
const inside = st.mul(m, hNew); // error
export const kept = st.where(m, hNew, h);
console.log(inside);
