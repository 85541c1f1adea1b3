// cause: 2 generic code. Plain multi-head self-attention in a user's generic block, options as torch's SDPA takes them
// (no `repeats`: as many query heads as key/value heads), on the user's own batch and time dims.
// expect: ok
import * as st from '../../src/index.js';

function selfAttend<B extends number, H extends number, T extends number, Dh extends number>(
  q: st.Tensor<[B, H, T, Dh]>, k: st.Tensor<[B, H, T, Dh]>, v: st.Tensor<[B, H, T, Dh]>,
): st.Tensor<[B, H, T, Dh]> {
  return st.scaledDotProductAttention(q, k, v, { causal: true });
}
const x = st.randomNormal([2, 4, 8, 16]);
export const y: st.Tensor<[2, 4, 8, 16]> = selfAttend(x, x, x);
