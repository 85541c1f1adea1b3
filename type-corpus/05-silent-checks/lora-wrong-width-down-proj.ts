// cause: 5 silent checks. A LoRA on down_proj (11008 -> 4096) whose A is 11000 rows: the input width is known.
// expect: linear: input's last dim 11008 does not match the weight [11000, 16] (expects 11000)
import * as st from '../../src/index.js';
import { createLlama } from '../../src/llama/model.js';

const model = createLlama({
  vocabSize: 32000, dim: 4096, nLayers: 32, nHeads: 32, nKvHeads: 32, hiddenDim: 11008, multipleOf: 256,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 2048, dropout: 0,
});
const ffn = model.model.layers[3].mlp;
const x = st.zeros([1, 8, 4096]);
const hidden = ffn.gate_proj.forward(x);
const a = st.zeros([11000, 16]);
export const update = st.linear(hidden, a); // error
