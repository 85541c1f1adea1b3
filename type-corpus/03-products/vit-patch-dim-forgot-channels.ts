// cause: 3 products. ViT patch embedding: the flattened patch size was written as patch * patch (16), forgetting
// the 3 colour channels, so the reshape to [B, patches, 16] cannot hold the 8 * 64 * 48 values.
// expect: reshape: 24576 elements cannot become [8, 64, 16] (8192)
import * as st from '../../src/index.js';

const patch = 4;
const proj = st.variable(st.randomNormal([patch * patch, 128], 0, 0.02));
function patchify(images: st.Tensor<[8, 32, 32, 3]>) {
  const grid = st.transpose(st.reshape(images, [8, 8, 4, 8, 4, 3]), [0, 1, 3, 2, 4, 5]);
  return st.reshape(grid, [8, 64, 16]); // error
}
export const tokens = st.matMul(patchify(st.randomUniform([8, 32, 32, 3])), proj);
