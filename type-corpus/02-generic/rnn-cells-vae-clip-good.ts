// cause: 2 generic: recurrent and latent-variable cells written by hand over generic dims: an LSTM cell whose gates are
// one [B, 4 * H] product split in four, a GRU's 1 - z, a VAE's reparameterisation and KL term over a [B, 2 * Z]
// head split in two, CLIP's symmetric contrastive loss with a learnable temperature []. Each result keeps its dims.
// expect: ok
import * as st from '../../src/index.js';
type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
// LSTM cell by hand, generic
export function lstmCell<B extends number, I extends number, H extends number>(
  x: st.Tensor<[B, I]>, h: st.Tensor<[B, H]>, c: st.Tensor<[B, H]>, wx: st.Tensor<[I, st.Mul<4, H>]>, wh: st.Tensor<[H, st.Mul<4, H>]>, b: st.Tensor<[st.Mul<4, H>]>) {
  const gates = st.add(st.add(st.matMul(x, wx), st.matMul(h, wh)), b);
  const [i, f, g, o] = st.split(gates, 4, -1);
  const c2 = st.add(st.mul(st.sigmoid(f), c), st.mul(st.sigmoid(i), st.tanh(g)));
  const h2 = st.mul(st.sigmoid(o), st.tanh(c2));
  const ok: Eq<typeof h2, st.Tensor<[B, H]>> = true;
  return { h: h2, c: c2, ok };
}
// GRU
export function gru<B extends number, H extends number>(x: st.Tensor<[B, H]>, h: st.Tensor<[B, H]>, wz: st.Tensor<[H, H]>) {
  const z = st.sigmoid(st.matMul(x, wz));
  return st.add(st.mul(st.sub(1, z), h), st.mul(z, x));
}
// VAE reparameterisation
export function reparam<B extends number, Z extends number>(muLogvar: st.Tensor<[B, st.Mul<2, Z>]>, eps: st.Tensor<[B, Z]>) {
  const [mu, logvar] = st.split(muLogvar, 2, -1);
  const zz = st.add(mu, st.mul(st.exp(st.mul(logvar, 0.5)), eps));
  const kl = st.mul(-0.5, st.sum(st.sub(st.sub(st.add(1, logvar), st.square(mu)), st.exp(logvar))));
  return { zz, kl };
}
// CLIP contrastive with a learnable temperature
export function clip<B extends number, D extends number>(img: st.Tensor<[B, D]>, txt: st.Tensor<[B, D]>, logitScale: st.Variable<[]>, labels: st.Tensor<[B], 'int32'>) {
  const norm = <N extends number>(v: st.Tensor<[N, D]>) => st.div(v, st.sqrt(st.sum(st.square(v), -1, true)));
  const logits = st.mul(st.matMul(norm(img), norm(txt), false, true), st.exp(logitScale));
  return st.div(st.add(st.sparseSoftmaxCrossEntropy(logits, labels), st.sparseSoftmaxCrossEntropy(st.transpose(logits), labels)), 2);
}
