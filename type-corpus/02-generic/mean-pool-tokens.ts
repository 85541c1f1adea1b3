// cause: 2 generic code. Mean-pooling token states [B, T, D] over time (axis 1) for a sentence embedding.
// expect: ok
import * as st from '../../src/index.js';

function meanPool<B extends number, T extends number, D extends number>(h: st.Tensor<[B, T, D]>): st.Tensor<[B, D]> {
  return st.mean(h, 1);
}
export const pooled = meanPool(st.randomNormal([4, 16, 64]));
