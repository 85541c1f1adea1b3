// cause: 6 literal facts. dimDiv(100, 8) can never succeed: 100 is not divisible by 8.
// expect: dimDiv: 100 is not divisible by 8
import * as st from '../../src/index.js';

const dim = 100;
const heads = 8;
export const headDim = st.dimDiv(dim, heads); // error
