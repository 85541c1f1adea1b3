// cause: 10 broadcast/reduce. A VAE whose KL term is summed over the batch (axis 0) instead of the latent
// dims: [64] of reconstruction losses plus [20] of KLs do not broadcast.
// expect: add: shapes [64] and [20] do not broadcast (64 vs 20)
import * as st from '../../src/index.js';

const x = st.randomUniform([64, 784]);
const recon = st.sigmoid(st.randomNormal([64, 784]));
const mu = st.randomNormal([64, 20]);
const logVar = st.randomNormal([64, 20]);
const bce = st.sum(st.neg(st.add(st.mul(x, st.log(recon)), st.mul(st.sub(1, x), st.log(st.sub(1, recon))))), -1);
const kl = st.mul(st.sum(st.sub(st.sub(st.add(logVar, 1), st.square(mu)), st.exp(logVar)), 0), -0.5);
export const loss = st.mean(st.add(bce, kl)); // error
