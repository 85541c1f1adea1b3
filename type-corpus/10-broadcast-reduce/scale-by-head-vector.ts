// broadcasting. A per-head scale [H] multiplied into [B, H, T, Dh] aligns with Dh, not H: 8 vs 64.
// expect: mul: shapes [2, 8, 16, 64] and [8] do not broadcast (64 vs 8)
import * as st from '../../src/index.js';

const heads = st.randomNormal([2, 8, 16, 64]);
const perHead = st.ones([8]);
export const scaled = st.mul(heads, perHead); // error
