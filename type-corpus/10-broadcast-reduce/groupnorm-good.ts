// cause: 10 broadcast/reduce (new family): GroupNorm over [B, C, L] activations (32 channels in 8 groups):
// reshape to [B, G, C/G, L], mean and variance over the group's axes with keepDims, normalise, reshape back,
// and a per-channel affine [C, 1].
// expect: ok
import * as st from '../../src/index.js';

function groupNorm(x: st.Tensor<[16, 32, 100]>, gamma: st.Tensor<[32, 1]>, beta: st.Tensor<[32, 1]>, eps = 1e-5) {
  const g = st.reshape(x, [16, 8, 4, 100]);
  const mu = st.mean(g, [2, 3], true);                          // [16, 8, 1, 1]
  const v = st.mean(st.square(st.sub(g, mu)), [2, 3], true);
  const normed = st.reshape(st.div(st.sub(g, mu), st.sqrt(st.add(v, eps))), [16, 32, 100]);
  return st.add(st.mul(normed, gamma), beta);
}
export const y: st.Tensor<[16, 32, 100]> = groupNorm(st.randomNormal([16, 32, 100]), st.ones([32, 1]), st.zeros([32, 1]));
