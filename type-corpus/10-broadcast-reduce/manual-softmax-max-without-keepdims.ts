// cause: 10 broadcast/reduce. A numerically stable softmax written by hand (x - x.max(-1)) without keepDims:
// [4, 16, 65] - [4, 16] does not broadcast.
// expect: sub: shapes [4, 16, 65] and [4, 16] do not broadcast (65 vs 16)
import * as st from '../../src/index.js';

function stableSoftmax(x: st.Tensor<[4, 16, 65]>) {
  const shifted = st.sub(x, st.max(x, -1)); // error
  const e = st.exp(shifted);
  return st.div(e, st.sum(e, -1, true));
}
export const p = stableSoftmax(st.randomNormal([4, 16, 65]));
