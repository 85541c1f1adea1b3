// cause: 10 broadcast/reduce (new family): YaRN's ramp built over the full head dim (128 entries) where the
// inverse frequencies have one entry per pair (64): blending them does not broadcast.
// expect: mul: shapes [64] and [128] do not broadcast (64 vs 128)
import * as st from '../../src/index.js';

const Dh = 128, half = 64, base = 10000, scale = 4;
const invFreq = st.exp(st.mul(st.range(0, half), -2 * Math.log(base) / Dh));
const ramp = st.clipByValue(st.div(st.sub(st.range(0, Dh), 8), 24), 0, 1);
export const blended = st.add(st.mul(st.div(invFreq, scale), st.sub(1, ramp)), st.mul(invFreq, ramp)); // error
