// cause: 1 union inference. q and k of different head dims (64 vs 32) go through a user's scores helper.
// expect: a dim was inferred as 
// expect: they must be equal
// expect: 64
// expect: 32
import * as st from '../../src/index.js';

function scores<B extends number, H extends number, T extends number, Dh extends number>(
  q: st.Tensor<[B, H, T, Dh]>, k: st.Tensor<[B, H, T, Dh]>,
) {
  return st.mul(st.matMul(q, k, false, true), 1 / 8);
}

const q = st.randomNormal([2, 8, 16, 64]);
const k = st.randomNormal([2, 8, 16, 32]);
export const s = scores(q, k); // error
