// cause: 5 silent checks. A 13B config declared once with defineConfig (as a user keeps it in config.ts), a
// LoRA adapter sized 13800 for the FFN's 13824-wide down projection input.
// expect: 13824
// expect: 13800
import * as st from '../../src/index.js';

const config = st.defineConfig({
  vocabSize: 32000, dim: 5120, nLayers: 40, nHeads: 40, nKvHeads: 40, hiddenDim: 13824, multipleOf: 256,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 4096, dropout: 0,
});
const model = st.createLlama(config);
const rank = 8;
const loraA = st.variable(st.randomNormal([13800, rank], 0, 0.01));
const loraB = st.variable(st.zeros([rank, 5120]));
const layer = model.model.layers[0];
declare const gateOut: st.Tensor<[1, 16, typeof layer.mlp.hiddenDim]>;
export const delta = st.matMul(st.matMul(gateOut, loraA), loraB); // error
