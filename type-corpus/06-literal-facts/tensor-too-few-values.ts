// cause: 6 literal facts. Five literal values cannot fill a [2, 3] tensor.
// expect: tensor: 5 values cannot fill shape [2, 3] (6)
import * as st from '../../src/index.js';

const bias = st.zeros([3]);
export const w = st.tensor([0.1, 0.2, 0.3, 0.4, 0.5], [2, 3]); // error
export const y = st.add(st.zeros([2, 3]), bias);
