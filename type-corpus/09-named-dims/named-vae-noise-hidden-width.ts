// cause: 9 named dims. The VAE's noise created as [Batch, Hidden] (the encoder's width) instead of
// [Batch, Latent].
// expect: mul: shapes [Batch=64, Latent=20] and [Batch=64, Hidden=400] do not broadcast (Latent=20 vs Hidden=400)
import * as st from '../../src/index.js';

type Batch = st.Named<'Batch', 64>;
type Latent = st.Named<'Latent', 20>;
type Hidden = st.Named<'Hidden', 400>;
declare const logVar: st.Tensor<[Batch, Latent]>;
const eps = st.randomNormal<[Batch, Hidden]>([64, 400]);
export const spread = st.mul(st.exp(st.mul(logVar, 0.5)), eps); // error
