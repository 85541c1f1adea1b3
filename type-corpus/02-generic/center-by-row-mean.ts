// cause: 2 generic code. Centering a batch by the mean over the batch: [B, D] minus [1, D].
// expect: ok
import * as st from '../../src/index.js';

function center<B extends number, D extends number>(x: st.Tensor<[B, D]>): st.Tensor<[B, D]> {
  const mu = st.mean(x, 0, true);
  return st.sub(x, mu);
}
export const centered = center(st.randomNormal([32, 16]));
