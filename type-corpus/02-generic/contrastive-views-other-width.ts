// cause: 2 generic code. The contrastive helper joins the two views along the batch axis, but the second view
// came from the projection head's input (256 wide) instead of its output (128): the widths differ off axis 0.
// expect: concat: shapes [16, 128] and [16, 256] differ at axis 1 (128 vs 256)
import * as st from '../../src/index.js';

const head = st.variable(st.randomNormal([256, 128], 0, 0.02));
function views(h1: st.Tensor<[16, 256]>, h2: st.Tensor<[16, 256]>) {
  const z1 = st.matMul(h1, head);
  return st.concat([z1, h2], 0); // error
}
export const z = views(st.randomNormal([16, 256]), st.randomNormal([16, 256]));
