// cause: 3 products. splitLastDim of a 7B model dim 4096 into 32 heads of 64: 2048, not 4096.
// expect: splitLastDim:
// expect: 4096
import * as st from '../../src/index.js';

const h = st.zeros([1, 16, 4096]);
export const heads = st.splitLastDim(h, 32, 64); // error
