// cause: 3 products (new family): sub-pixel convolution's pixel shuffle (r = 2) by reshape and transpose:
// [B, C * r * r, H, W] -> [B, C, r, r, H, W] -> [B, C, H, r, W, r] -> [B, C, H * r, W * r].
// expect: ok
import * as st from '../../src/index.js';

export function pixelShuffle(x: st.Tensor<[2, 12, 16, 16]>): st.Tensor<[2, 3, 32, 32]> {
  const split = st.reshape(x, [2, 3, 2, 2, 16, 16]);
  const moved = st.transpose(split, [0, 1, 4, 2, 5, 3]);
  return st.reshape(moved, [2, 3, 32, 32]);
}
