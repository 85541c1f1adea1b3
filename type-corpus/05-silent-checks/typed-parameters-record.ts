// cause: 5 silent checks. A literal model's parameters keep their shapes, by Hugging Face name.
// expect: ok
import * as st from '../../src/index.js';
import { createLlama } from '../../src/llama/model.js';

const model = createLlama({
  vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, hiddenDim: 160, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0,
});
const params = model.parameters();
export const embed: st.Tensor<[65, 64]> = params['model.embed_tokens.weight'];
export const gate: st.Tensor<[64, 160]> = params['model.layers.0.mlp.gate_proj.weight'];
