// cause: 12 training. PPO's advantages given per sequence as [B] (not [B, 1]) and multiplied with the per-token
// ratio [B, T]: the batch lines up with the time axis.
// expect: mul: shapes [4, 10] and [4] do not broadcast (10 vs 4)
import * as st from '../../src/index.js';

const ratio = st.exp(st.randomNormal([4, 10]));
const advantages = st.randomNormal([4]);
export const surrogate = st.mul(ratio, advantages); // error
