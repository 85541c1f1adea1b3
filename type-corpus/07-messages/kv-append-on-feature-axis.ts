// cause: 7 messages: concatenating a cached [B, T, D] with a new [B, 1, D] along the feature axis by mistake.
// expect: concat
import * as st from '../../src/index.js';

const cache = st.randomNormal([2, 15, 64]);
const next = st.randomNormal([2, 1, 64]);
export const all = st.concat([cache, next], 2); // error
