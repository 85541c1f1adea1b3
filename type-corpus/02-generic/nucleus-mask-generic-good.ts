// cause: 2 generic: nucleus (top-p) sampling in a generic helper: sorted probabilities, their running sum, and a
// keep mask of the same shape compared against p.
// expect: ok
import * as st from '../../src/index.js';

export function nucleusMask<B extends number, V extends number>(probs: st.Probabilities<[B, V]>, p: number) {
  const sorted = st.topk(probs, probs.shape[1]);
  const running = st.cumsum(sorted.values, -1);
  return st.less(st.sub(running, sorted.values), p);
}
export const mask: st.Tensor<[2, 65], 'bool'> = nucleusMask(st.softmax(st.randomNormal([2, 65])), 0.9);
