// cause: 3 products. The same one-group attention with keys of another head count: `repeats: 1` needs the
// keys to have as many heads as the queries (8 query heads over 2 key/value heads need repeats 4).
// expect: scaledDotProductAttention: q has 8 heads, not 2 key/value heads x 1 repeats
import * as st from '../../src/index.js';

const q = st.randomNormal([2, 8, 16, 32]);
const k = st.randomNormal([2, 2, 16, 32]);
const v = st.randomNormal([2, 2, 16, 32]);
export const attended = st.scaledDotProductAttention(q, k, v, { repeats: 1 }); // error
