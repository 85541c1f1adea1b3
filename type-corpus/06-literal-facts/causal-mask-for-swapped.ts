// cause: 6 literal facts. causalMaskFor(queries, keys) with the arguments swapped: 16 queries over 8 keys.
// (Program corrected: `cached + step` is typed `number` by TypeScript, so no compiler can see 8 there; the
// sizes are consts, as a decoding step with a fixed cache writes them.)
// expect: causalMaskFor: needs 0 <= queries <= keys (integers), got 16 queries and 8 keys
import * as st from '../../src/index.js';

const cachedPlusStep = 8;
const windowSize = 16;
export const mask = st.causalMaskFor(windowSize, cachedPlusStep); // error
