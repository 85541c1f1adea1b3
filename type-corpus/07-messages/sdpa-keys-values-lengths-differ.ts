// cause: 7 messages: attention whose values come from a cache of another length than the keys.
// expect: scaledDotProductAttention
import * as st from '../../src/index.js';

const q = st.randomNormal([1, 4, 1, 32]);
const k = st.randomNormal([1, 4, 17, 32]);
const v = st.randomNormal([1, 4, 16, 32]);
export const out = st.scaledDotProductAttention(q, k, v, { causal: true }); // error
