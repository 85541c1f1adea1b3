// broadcasting. A [B, T] padding mask added to [B, H, T, T] scores lines up with the last two dims: 16 vs 2.
// expect: add: shapes [2, 4, 16, 16] and [2, 16] do not broadcast (16 vs 2)
import * as st from '../../src/index.js';

const scores = st.randomNormal([2, 4, 16, 16]);
const padding = st.zeros([2, 16]);
export const masked = st.add(scores, padding); // error
