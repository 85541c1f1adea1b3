// cause: 3 products. A weight built as dimMul(headDim, heads) serves inputs typed with Mul<H, Dh>.
// expect: ok
import * as st from '../../src/index.js';

function project<H extends number, Dh extends number, B extends number, T extends number>(
  heads: H, headDim: Dh, x: st.Tensor<[B, T, st.Mul<H, Dh>]>,
) {
  const w = st.randomNormal([st.dimMul(headDim, heads), 64]);
  return st.linear(x, w);
}
export const y = project(4, 32, st.zeros([2, 8, 128]));
