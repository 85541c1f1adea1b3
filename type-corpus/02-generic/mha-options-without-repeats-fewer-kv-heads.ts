// cause: 2 generic code. Keys and values with 2 heads for 4 query heads, options without `repeats` (so 1): the heads do
// not fit, and the sentence says so.
// expect: q has 4 heads, not 2 key/value heads x 1 repeats
import * as st from '../../src/index.js';

export const y = st.scaledDotProductAttention(st.randomNormal([2, 4, 8, 16]), st.randomNormal([2, 2, 8, 16]), st.randomNormal([2, 2, 8, 16]), { causal: true }); // error
