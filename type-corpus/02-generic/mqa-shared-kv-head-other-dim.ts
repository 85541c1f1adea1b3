// cause: 2 generic: multi-query attention whose shared key head was projected to half the query head dim.
// expect: matMul: inner dimensions differ
import * as st from '../../src/index.js';

export function scores<B extends number, T extends number, H extends number>(
  q: st.Tensor<[B, H, T, 64]>, k: st.Tensor<[B, 1, T, 32]>,
) {
  return st.matMul(q, k, false, true); // error
}
