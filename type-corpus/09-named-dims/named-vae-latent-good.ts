// cause: 9 named dims (new family): a VAE's sampling step with named dims: the encoder's mean and log-variance
// [Batch, Latent], noise created with the named type, z = mu + exp(logvar / 2) * eps keeps [Batch, Latent].
// expect: ok
import * as st from '../../src/index.js';

type Batch = st.Named<'Batch', 64>;
type Latent = st.Named<'Latent', 20>;
type Hidden = st.Named<'Hidden', 400>;
declare const h: st.Tensor<[Batch, Hidden]>;
declare const toMu: st.Tensor<[Hidden, Latent]>;
declare const toLogVar: st.Tensor<[Hidden, Latent]>;
const mu = st.matMul(h, toMu);
const logVar = st.matMul(h, toLogVar);
const eps = st.randomNormal<[Batch, Latent]>([64, 20]);
export const z: st.Tensor<[Batch, Latent]> = st.add(mu, st.mul(st.exp(st.mul(logVar, 0.5)), eps));
