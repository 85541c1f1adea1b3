// cause: 11 gather/one-hot (new family): DDPM's forward process q(x_t | x_0): the cumulative alphas gathered at
// each example's timestep, reshaped to [B, 1, 1, 1] to broadcast over the image, and the epsilon-prediction
// loss of a denoiser.
// expect: ok
import * as st from '../../src/index.js';

const Tsteps = 1000;
const betas = st.add(st.mul(st.range(0, Tsteps), (0.02 - 1e-4) / Tsteps), 1e-4);
const alphaBar = st.exp(st.cumsum(st.log(st.sub(1, betas))));                     // [1000]

export function qSample(x0: st.Tensor<[8, 3, 32, 32]>, t: st.Tensor<[8], 'int32'>, noise: st.Tensor<[8, 3, 32, 32]>) {
  const ab = st.reshape(st.gather(alphaBar, t), [8, 1, 1, 1]);
  return st.add(st.mul(st.sqrt(ab), x0), st.mul(st.sqrt(st.sub(1, ab)), noise));
}
export function denoiseLoss(eps: (x: st.Tensor<[8, 3, 32, 32]>, t: st.Tensor<[8], 'int32'>) => st.Tensor<[8, 3, 32, 32]>, x0: st.Tensor<[8, 3, 32, 32]>, t: st.Tensor<[8], 'int32'>) {
  const noise = st.randomNormal([8, 3, 32, 32], 0, 1, 'float32', 1);
  return st.mean(st.squaredDifference(eps(qSample(x0, t, noise), t), noise));
}
