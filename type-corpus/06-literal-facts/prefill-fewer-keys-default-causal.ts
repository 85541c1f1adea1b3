// cause: 6 literal facts. A prefill of 16 positions against a cache holding only 4: causal is the default, and it
// needs as many keys as queries.
// expect: scaledDotProductAttention: causal attention needs at least as many keys (4) as queries (16)
import * as st from '../../src/index.js';

const q = st.randomNormal([1, 8, 16, 64]);
const cachedK = st.randomNormal([1, 8, 4, 64]);
const cachedV = st.randomNormal([1, 8, 4, 64]);
export const out = st.scaledDotProductAttention(q, cachedK, cachedV, { repeats: 1 }); // error
