// cause: 2 generic code. Generic forms must still check: forgetting the transpose of k multiplies [T, Dh] by [T, Dh].
// expect: matMul: inner dimensions differ (32 vs ${T})
import * as st from '../../src/index.js';

function scores<B extends number, H extends number, T extends number>(q: st.Tensor<[B, H, T, 32]>, k: st.Tensor<[B, H, T, 32]>) {
  return st.matMul(q, k); // error
}
export const s = scores(st.zeros([2, 4, 16, 32]), st.zeros([2, 4, 16, 32]));
