// cause: 6 literal facts. causalMaskFor(queries, keys) with the arguments swapped: 16 queries over 8 keys.
// expect: causalMaskFor: needs 0 <= queries <= keys (integers), got 16 queries and 8 keys
import * as st from '../../src/index.js';

const cached = 7;
const step = 1;
export const mask = st.causalMaskFor(16, cached + step); // error
