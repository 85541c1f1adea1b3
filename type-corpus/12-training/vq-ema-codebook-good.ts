// cause: 12 training (new family): VQ-VAE's codebook updated by exponential moving averages instead of gradients:
// per-code counts from the one-hot assignments, the summed encoder outputs per code (onehot^T z), Laplace
// smoothing, and the codebook assigned in place.
// expect: ok
import * as st from '../../src/index.js';

const K = 512, D = 64, decay = 0.99, eps = 1e-5;
const codebook = st.variable(st.randomNormal([K, D]));
const emaCount = st.variable(st.zeros([K]));
const emaSum = st.variable(st.zeros([K, D]));

export function emaUpdate(z: st.Tensor<[1024, 64]>, codes: st.Tensor<[1024], 'int32'>) {
  const onehot = st.oneHot(codes, K, 1, 0, 'float32');                      // [N, K]
  emaCount.assign(st.add(st.mul(emaCount, decay), st.mul(st.sum(onehot, 0), 1 - decay)));
  emaSum.assign(st.add(st.mul(emaSum, decay), st.mul(st.matMul(onehot, z, true, false), 1 - decay)));
  const n = st.sum(emaCount);
  const smoothed = st.mul(st.div(st.add(emaCount, eps), st.add(n, K * eps)), n);
  codebook.assign(st.div(emaSum, st.expandDims(smoothed, -1)));
}
