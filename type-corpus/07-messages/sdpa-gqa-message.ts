// cause: 7 messages. 32 query heads over 8 kv heads with repeats 2: the heads sentence.
// expect: scaledDotProductAttention: q has 32 heads, not 8 key/value heads x 2 repeats
import * as st from '../../src/index.js';

const q = st.randomNormal([1, 32, 16, 128]);
const kv = st.randomNormal([1, 8, 16, 128]);
export const out = st.scaledDotProductAttention(q, kv, kv, { repeats: 2 }); // error
