// training. A Llama training step as the CLI does it: loss, gradients of every parameter, AdamW.
// expect: ok
import * as st from '../../src/index.js';
import { createLlama } from '../../src/llama/model.js';

const model = createLlama({
  vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0.1,
});
const opt = new st.AdamW({ learningRate: 1e-3 });
const batch = st.zeros([8, 33], 'int32');
const ids = st.slice(batch, [0, 0], [8, 32]);
const targets = st.slice(batch, [0, 1], [8, 32]);
const params = model.parameters();
const { value, grads } = st.variableGrads(() => model.loss(ids, targets, { training: true, seed: 1 }), params);
opt.apply(params, grads);
export const loss: number = value.item();
