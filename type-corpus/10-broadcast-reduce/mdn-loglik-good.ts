// cause: 10 broadcast/reduce (new family): a mixture density network's negative log-likelihood: one linear head
// split into mixture logits, means and log-scales for K = 5 Gaussians, the per-component log densities of the
// target y [B, 1] against [B, K], and logSumExp over the components.
// expect: ok
import * as st from '../../src/index.js';

const K = 5;
const head = st.randomNormal([64, 3 * K]);
export function mdnNll(h: st.Tensor<[32, 64]>, y: st.Tensor<[32, 1]>): st.Tensor<[]> {
  const [logitPi, mu, logSigma] = st.split(st.matMul(h, head), 3, -1);               // [B, K] each
  const logPi = st.logSoftmax(logitPi, -1);
  const z = st.div(st.sub(y, mu), st.exp(logSigma));
  const logN = st.sub(st.sub(st.mul(st.square(z), -0.5), logSigma), 0.5 * Math.log(2 * Math.PI));
  return st.neg(st.mean(st.logSumExp(st.add(logPi, logN), -1)));
}
export const nll = mdnNll(st.randomNormal([32, 64]), st.randomNormal([32, 1]));
