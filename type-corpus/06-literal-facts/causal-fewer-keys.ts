// cause: 6 literal facts. Causal attention with 16 queries over 8 keys: the run-time check, at compile time.
// expect: scaledDotProductAttention: causal attention needs at least as many keys (8) as queries (16)
import * as st from '../../src/index.js';

const q = st.randomNormal([1, 4, 16, 32]);
const k = st.randomNormal([1, 4, 8, 32]);
export const out = st.scaledDotProductAttention(q, k, k, { repeats: 1, causal: true }); // error
