// cause: 12 training (new family): a variational autoencoder on flattened 28x28 images: an encoder to mean and log-variance, the
// reparameterisation z = mu + exp(0.5 logvar) * eps, a sigmoid decoder, and the ELBO (reconstruction + KL).
// expect: ok
import * as st from '../../src/index.js';

class Vae<P extends number, H extends number, Z extends number> extends st.Module {
  readonly enc: st.Linear<P, H>;
  readonly toMu: st.Linear<H, Z>;
  readonly toLogVar: st.Linear<H, Z>;
  readonly dec1: st.Linear<Z, H>;
  readonly dec2: st.Linear<H, P>;
  constructor(pixels: P, hidden: H, latent: Z, seeds: st.SeedSequence) {
    super();
    this.enc = new st.Linear(pixels, hidden, seeds, 'default');
    this.toMu = new st.Linear(hidden, latent, seeds, 'default');
    this.toLogVar = new st.Linear(hidden, latent, seeds, 'default');
    this.dec1 = new st.Linear(latent, hidden, seeds, 'default');
    this.dec2 = new st.Linear(hidden, pixels, seeds, 'default');
  }
  loss<B extends number>(x: st.Tensor<[B, P]>, eps: st.Tensor<[B, Z]>): st.Tensor<[]> {
    const h = st.relu(this.enc.forward(x));
    const mu = this.toMu.forward(h);
    const logVar = this.toLogVar.forward(h);
    const z = st.add(mu, st.mul(st.exp(st.mul(logVar, 0.5)), eps));
    const recon = st.sigmoid(this.dec2.forward(st.relu(this.dec1.forward(z))));
    const bce = st.neg(st.add(st.mul(x, st.log(st.add(recon, 1e-7))), st.mul(st.sub(1, x), st.log(st.add(st.sub(1, recon), 1e-7)))));
    const kl = st.mul(st.sum(st.sub(st.sub(st.add(logVar, 1), st.square(mu)), st.exp(logVar)), -1), -0.5);
    return st.mean(st.add(st.sum(bce, -1), kl));
  }
}

const vae = new Vae(784, 400, 20, new st.SeedSequence(0));
const params = vae.parameters();
const opt = new st.Adam({ learningRate: 1e-3 });
const images = st.randomUniform([64, 784]);
const eps = st.randomNormal([64, 20], 0, 1, 'float32', 7);
const { value, grads } = st.variableGrads(() => vae.loss(images, eps), params);
opt.apply(params, grads);
export const elbo: number = value.item();
