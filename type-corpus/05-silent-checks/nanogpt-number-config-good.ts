// cause: 5 silent checks. nanoGPT with its GPTConfig as an interface of `number` fields (read from a JSON file):
// every width is a run-time dim, so the whole model compiles and is checked when it runs: the causal self-attention
// splits heads with view(B, T, nHead, C / nHead), the MLP is 4x wide, the head is weight-tied, the loss flattens.
// expect: ok
import * as st from '../../src/index.js';

interface GPTConfig { blockSize: number; vocabSize: number; nLayer: number; nHead: number; nEmbd: number }
class CausalSelfAttention extends st.Module {
  readonly cAttn: st.Linear<number, number>;
  readonly cProj: st.Linear<number, number>;
  constructor(readonly config: GPTConfig, seeds: st.SeedSequence) {
    super();
    this.cAttn = new st.Linear(config.nEmbd, 3 * config.nEmbd, seeds, 'default');
    this.cProj = new st.Linear(config.nEmbd, config.nEmbd, seeds, 'default');
  }
  forward<B extends number, T extends number>(x: st.Tensor<[B, T, number]>): st.Tensor<[B, T, number]> {
    const [b, t, c] = x.shape;
    const nh = this.config.nHead;
    const [q, k, v] = st.split(this.cAttn.forward(x), 3, 2);
    const heads = (z: st.Tensor<[B, T, number]>) => st.transpose(st.reshape(z, [b, t, nh, c / nh]), [0, 2, 1, 3]);
    const att = st.add(st.mul(st.matMul(heads(q), heads(k), false, true), 1 / Math.sqrt(c / nh)), st.causalBias(t, t));
    const y = st.matMul(st.softmax(att, -1), heads(v));
    return this.cProj.forward(st.reshape(st.transpose(y, [0, 2, 1, 3]), [b, t, c]));
  }
}
class Block extends st.Module {
  readonly ln1: st.RMSNorm<number>;
  readonly attn: CausalSelfAttention;
  readonly ln2: st.RMSNorm<number>;
  readonly fc: st.Linear<number, number>;
  readonly proj: st.Linear<number, number>;
  constructor(config: GPTConfig, seeds: st.SeedSequence) {
    super();
    this.ln1 = new st.RMSNorm(config.nEmbd, 1e-5, 'default');
    this.attn = new CausalSelfAttention(config, seeds);
    this.ln2 = new st.RMSNorm(config.nEmbd, 1e-5, 'default');
    this.fc = new st.Linear(config.nEmbd, 4 * config.nEmbd, seeds, 'default');
    this.proj = new st.Linear(4 * config.nEmbd, config.nEmbd, seeds, 'default');
  }
  forward<B extends number, T extends number>(x: st.Tensor<[B, T, number]>): st.Tensor<[B, T, number]> {
    const h = st.add(x, this.attn.forward(this.ln1.forward(x)));
    return st.add(h, this.proj.forward(st.gelu(this.fc.forward(this.ln2.forward(h)))));
  }
}
class GPT extends st.Module {
  readonly wte: st.Embedding<number, number>;
  readonly wpe: st.Embedding<number, number>;
  readonly h: Block[];
  readonly lnF: st.RMSNorm<number>;
  constructor(readonly config: GPTConfig, seed: number) {
    super();
    const seeds = new st.SeedSequence(seed);
    this.wte = new st.Embedding(config.vocabSize, config.nEmbd, seeds, 'default');
    this.wpe = new st.Embedding(config.blockSize, config.nEmbd, seeds, 'default');
    this.h = Array.from({ length: config.nLayer }, () => new Block(config, seeds));
    this.lnF = new st.RMSNorm(config.nEmbd, 1e-5, 'default');
  }
  forward<B extends number, T extends number>(idx: st.Tensor<[B, T], 'int32'>, targets?: st.Tensor<[B, T], 'int32'>) {
    const [b, t] = idx.shape;
    const pos = st.range(0, t, 1, 'int32');
    let x = st.add(this.wte.forward(idx), this.wpe.forward(pos));
    for (const block of this.h) x = block.forward(x);
    const logits = st.matMul(this.lnF.forward(x), this.wte.weight, false, true);
    const loss = targets && st.sparseSoftmaxCrossEntropy(st.reshape(logits, [b * t, -1]), st.reshape(targets, [b * t]));
    return { logits, loss };
  }
}
const config: GPTConfig = JSON.parse('{"blockSize": 16, "vocabSize": 65, "nLayer": 2, "nHead": 4, "nEmbd": 32}');
const model = new GPT(config, 1337);
const params = model.parameters();
const idx = st.zeros([2, 8], 'int32');
const { value, grads } = st.variableGrads(() => model.forward(idx, idx).loss ?? st.scalar(0), params);
new st.AdamW({ learningRate: 3e-4 }).apply(params, grads);
export const loss: number = value.item();
