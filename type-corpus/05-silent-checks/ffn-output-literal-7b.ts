// cause: 5 silent checks. The 7B literal config's hidden dim stays 11008 in the model's types.
// expect: ok
import * as st from '../../src/index.js';
import { createLlama } from '../../src/llama/model.js';

const model = createLlama({
  vocabSize: 32000, dim: 4096, nLayers: 32, nHeads: 32, nKvHeads: 32, hiddenDim: 11008, multipleOf: 256,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 2048, dropout: 0,
});
const x = st.zeros([1, 16, 4096]);
export const hidden: st.Tensor<[1, 16, 11008]> = model.model.layers[0].mlp.gate_proj.forward(x);
export const down: st.Variable<[11008, 4096]> = model.model.layers[0].mlp.down_proj.weight;
