// dtypes. A bool mask multiplied into scores without a cast.
// expect: mul:
// expect: bool
import * as st from '../../src/index.js';

const mask = st.causalMask(16);
const scores = st.randomNormal([16, 16]);
export const masked = st.mul(scores, mask); // error
