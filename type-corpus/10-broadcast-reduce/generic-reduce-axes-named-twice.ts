// cause: 10 reduce: a generic pooling helper that averages over time and "the second-to-last axis", which on
// [B, T, D] is time again.
// expect: mean: axes [1, -2] name axis 1 of
import * as st from '../../src/index.js';

export function pool<B extends number, T extends number, D extends number>(h: st.Tensor<[B, T, D]>) {
  return st.mean(h, [1, -2]); // error
}
