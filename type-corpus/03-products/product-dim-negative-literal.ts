// cause: 3 products. A product dim passes the creation check, a negative literal next to it still does not.
// expect: zeros: dim -1 of [32, -1] is not a size
import * as st from '../../src/index.js';

const heads = 4;
const headDim = 8;
export const cache = st.zeros([st.dimMul(heads, headDim), -1]); // error
