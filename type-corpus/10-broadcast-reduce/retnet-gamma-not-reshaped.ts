// cause: 10 broadcast/reduce (new family): RetNet's per-head decay with gamma left as a vector [H] instead of
// [H, 1, 1]: it broadcasts against the key axis of the [1, T, T] distances, not the head axis.
// expect: mul: shapes [1, 32, 32] and [4] do not broadcast (32 vs 4)
import * as st from '../../src/index.js';

const T = 32;
const logGamma = st.log(st.sub(1, st.tensor([1 / 32, 1 / 64, 1 / 128, 1 / 256])));

export function decayMask() {
  const pos = st.range(0, T);
  const diff = st.sub(st.reshape(pos, [T, 1]), st.reshape(pos, [1, T]));
  const scaled = st.mul(st.expandDims(diff, 0), logGamma); // error
  return st.where(st.greaterEqual(diff, 0), st.exp(scaled), 0);
}
