// cause: 3 products. With literal factors regroup checks the size: 96 is not 2 x 4 x 16 = 128.
// expect: regroup: last dim 96 is not 2 x 4 x 16 = 128
import * as st from '../../src/index.js';

const x = st.zeros([3, 96]);
export const y = st.regroup(x, [2, 4, 16]); // error
