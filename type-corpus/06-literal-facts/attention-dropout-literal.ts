// cause: 6 literal facts. Attention dropout of 1 drops every weight.
// expect: scaledDotProductAttention: dropout must be in [0, 1), got 1
import * as st from '../../src/index.js';

const q = st.randomNormal([1, 4, 16, 32]);
export const out = st.scaledDotProductAttention(q, q, q, { repeats: 1, dropout: 1 }); // error
