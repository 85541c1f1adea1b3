// cause: 10 broadcast/reduce (new family): BatchNorm1d in training mode: batch statistics over axis 0, the
// normalised activations with a per-feature affine, and the running mean and variance updated in place with
// momentum 0.1 (unbiased variance, as PyTorch).
// expect: ok
import * as st from '../../src/index.js';

const features = 256;
const gamma = st.variable(st.ones([features]));
const beta = st.variable(st.zeros([features]));
const runningMean = st.variable(st.zeros([features]));
const runningVar = st.variable(st.ones([features]));

function batchNormTrain(x: st.Tensor<[128, 256]>) {
  const mu = st.mean(x, 0);                                       // [256]
  const varB = st.mean(st.square(st.sub(x, mu)), 0);
  const y = st.add(st.mul(st.div(st.sub(x, mu), st.sqrt(st.add(varB, 1e-5))), gamma), beta);
  runningMean.assign(st.add(st.mul(runningMean, 0.9), st.mul(mu, 0.1)));
  runningVar.assign(st.add(st.mul(runningVar, 0.9), st.mul(varB, 0.1 * 128 / 127)));
  return y;
}
export const out: st.Tensor<[128, 256]> = batchNormTrain(st.randomNormal([128, 256]));
