// cause: 10 broadcast/reduce (new family): YaRN's RoPE scaling: inv_freq for head dim 128, the linear ramp over
// the frequency index between the low and high boundary, and the blend inv / s * (1 - ramp) + inv * ramp
// (interpolation for the low frequencies, extrapolation for the high ones), then the angle table.
// expect: ok
import * as st from '../../src/index.js';

const Dh = 128, base = 10000, scale = 4, low = 8, high = 32, T = 256;
const idx = st.range(0, Dh / 2);                                                // [64]
const invFreq = st.exp(st.mul(idx, -2 * Math.log(base) / Dh));
const ramp = st.clipByValue(st.div(st.sub(idx, low), high - low), 0, 1);
const blended = st.add(st.mul(st.div(invFreq, scale), st.sub(1, ramp)), st.mul(invFreq, ramp));
const t = st.range(0, T);
// Dh / 2 is a number to the compiler: the table is [256, number], its width checked at run time.
export const angles: st.Tensor<[256, number]> = st.mul(st.reshape(t, [T, 1]), st.reshape(blended, [1, Dh / 2]));
export const mscale = 0.1 * Math.log(scale) + 1;
