// cause: 6 literal facts. Decoding with a cache: 1 query over 17 keys is causal and fine, as is causalMaskFor(1, 17).
// expect: ok
import * as st from '../../src/index.js';

const q = st.randomNormal([1, 4, 1, 32]);
const k = st.randomNormal([1, 4, 17, 32]);
export const out = st.scaledDotProductAttention(q, k, k, { repeats: 1, causal: true });
export const mask = st.causalMaskFor(1, 17);
export const headDim = st.dimDiv(128, 8);
