// cause: 10 broadcast/reduce (new family): ALiBi's attention bias: a slope per head [H] as [1, H, 1, 1], times
// the relative distances j - i [T, T], added to the [B, H, T, T] scores before the causal mask and softmax.
// expect: ok
import * as st from '../../src/index.js';

const H = 8;
const T = 64;
const slopes = st.tensor(Array.from({ length: H }, (_, h) => 2 ** (-8 * (h + 1) / H)), [H]);
const pos = st.range(0, T);
const distance = st.sub(st.expandDims(pos, 0), st.expandDims(pos, 1));             // [T, T]: j - i
const bias = st.mul(st.reshape(slopes, [1, H, 1, 1]), distance);                   // [1, 8, 64, 64]
const scores = st.add(st.randomNormal([2, H, T, T]), bias);
const masked = st.where(st.causalMask(T), scores, -1e9);
export const weights: st.Probabilities<[2, 8, 64, 64]> = st.softmax(masked);
