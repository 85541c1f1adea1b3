// cause: 6 literal facts. causalBias(keys, queries) instead of (queries, keys).
// expect: causalBias: needs 0 <= queries <= keys (integers), got 32 queries and 1 keys
import * as st from '../../src/index.js';

export const bias = st.causalBias(32, 1); // error
