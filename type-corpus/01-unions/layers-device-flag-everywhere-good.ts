// cause: 1 union inference. The flag's device used for every layer and every input (one run-time choice,
// the same union everywhere): a small GQA block stack, its loss and an AdamW step compile.
// expect: ok
import * as st from '../../src/index.js';

const device = process.argv.includes('--cpu') ? 'cpu' : 'default';
const seeds = new st.SeedSequence(0);
const embed = new st.Embedding(65, 64, seeds, device);
const block = new st.Block(2, 2, 16, 128, seeds, device, { normEps: 1e-5 });
const rope = new st.RotaryEmbedding(16, 10000, device);
const norm = new st.RMSNorm(64, 1e-5, device);
const head = new st.Linear(64, 65, seeds, device);
const ids = st.zeros([2, 8], 'int32', device);
const targets = st.zeros([2, 8], 'int32', device);
const params = { ...embed.parameters(), ...head.parameters() };
const opt = new st.AdamW({ learningRate: 1e-3 });
const { value, grads } = st.variableGrads(() => {
  const h = block.forward(embed.forward(ids), rope).output;
  return st.sparseSoftmaxCrossEntropy(head.forward(norm.forward(h)), targets);
}, params);
opt.apply(params, grads);
export const loss: number = value.item();
const cpuModel = st.createLlama({
  vocabSize: 65, dim: 64, nLayers: 1, nHeads: 4, nKvHeads: 2, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0,
}, 0, device);
export const l2 = cpuModel.loss(ids, targets);
