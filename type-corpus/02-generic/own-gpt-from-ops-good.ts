// cause: 2 generic code. A nanoGPT-style model written from ops: token + position embeddings, pre-LN blocks
// with a hand-written causal attention and a 4x GELU MLP, weight-tied head (x @ wte^T), trained with Adam.
// expect: ok
import * as st from '../../src/index.js';

function layerNorm<L extends st.Shape, D extends number>(x: st.Tensor<[...L, D]>, g: st.Tensor<[D]>, b: st.Tensor<[D]>) {
  const mu = st.mean(x, -1, true);
  const centered = st.sub(x, mu);
  const variance = st.mean(st.square(centered), -1, true);
  return st.add(st.mul(st.div(centered, st.sqrt(st.add(variance, 1e-5))), g), b);
}

class GPTBlock<H extends number, Dh extends number> {
  readonly ln1: { g: st.Variable<[st.Mul<H, Dh>]>; b: st.Variable<[st.Mul<H, Dh>]> };
  readonly wq: st.Variable<[st.Mul<H, Dh>, st.Mul<H, Dh>]>;
  readonly wk: st.Variable<[st.Mul<H, Dh>, st.Mul<H, Dh>]>;
  readonly wv: st.Variable<[st.Mul<H, Dh>, st.Mul<H, Dh>]>;
  readonly wo: st.Variable<[st.Mul<H, Dh>, st.Mul<H, Dh>]>;
  readonly fc: st.Variable<[st.Mul<H, Dh>, st.Mul<4, st.Mul<H, Dh>>]>;
  readonly proj: st.Variable<[st.Mul<4, st.Mul<H, Dh>>, st.Mul<H, Dh>]>;
  constructor(readonly heads: H, readonly headDim: Dh, readonly dim: st.Mul<H, Dh> = st.dimMul(heads, headDim)) {
    const init = <A extends number, B extends number>(a: A, b: B) => st.variable(st.randomNormal([a, b], 0, 0.02));
    this.ln1 = { g: st.variable(st.ones([this.dim])), b: st.variable(st.zeros([this.dim])) };
    this.wq = init(this.dim, this.dim);
    this.wk = init(this.dim, this.dim);
    this.wv = init(this.dim, this.dim);
    this.wo = init(this.dim, this.dim);
    this.fc = init(this.dim, st.dimMul(4, this.dim));
    this.proj = init(st.dimMul(4, this.dim), this.dim);
  }
  forward<B extends number, T extends number>(x: st.Tensor<[B, T, st.Mul<H, Dh>]>): st.Tensor<[B, T, st.Mul<H, Dh>]> {
    const [, t] = x.shape;
    const h = layerNorm(x, this.ln1.g, this.ln1.b);
    const split = (w: st.Tensor<[st.Mul<H, Dh>, st.Mul<H, Dh>]>) =>
      st.transpose(st.splitLastDim(st.matMul(h, w), this.heads, this.headDim), [0, 2, 1, 3]);
    const q = split(this.wq);
    const k = split(this.wk);
    const v = split(this.wv);
    const scores = st.mul(st.matMul(q, k, false, true), 1 / Math.sqrt(this.headDim));
    const masked = st.where(st.causalMask(t), scores, -1e9);
    const y = st.mergeLastDims(st.transpose(st.matMul(st.softmax(masked), v), [0, 2, 1, 3]));
    const x2 = st.add(x, st.matMul(y, this.wo));
    return st.add(x2, st.matMul(st.gelu(st.matMul(x2, this.fc)), this.proj));
  }
}

const vocab = 65;
const block = 32;
const wte = st.variable(st.randomNormal([vocab, 64], 0, 0.02));
const wpe = st.variable(st.randomNormal([block, 64], 0, 0.02));
const blocks = [new GPTBlock(4, 16), new GPTBlock(4, 16)];
function logits<B extends number>(ids: st.Tensor<[B, 32], 'int32'>): st.Tensor<[B, 32, 65]> {
  let x = st.add(st.gather(wte, ids), wpe);
  for (const b of blocks) x = b.forward(x);
  return st.matMul(x, wte, false, true);
}
const ids = st.zeros([8, 32], 'int32');
const targets = st.zeros([8, 32], 'int32');
const opt = new st.Adam({ learningRate: 1e-3 });
const params = { wte, wpe };
const { value, grads } = st.variableGrads(() => st.sparseSoftmaxCrossEntropy(logits(ids), targets), params);
opt.apply(params, grads);
export const loss = value.item();
