// cause: 5 silent checks. The same model, with the adapter sized by 8/3 * dim by hand (682) instead of the rounded 704.
// expect: linear: input's last dim 704 does not match the weight [682, 8] (expects 682)
import * as st from '../../src/index.js';
import { createLlama } from '../../src/llama/model.js';

const model = createLlama({
  vocabSize: 65, dim: 256, nLayers: 2, nHeads: 8, nKvHeads: 8, multipleOf: 64,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 128, dropout: 0,
});
const mlp = model.model.layers[0].mlp;
const a = st.variable(st.randomNormal([682, 8], 0, 0.01));
const x = st.zeros([2, 32, 256]);
const hidden = st.mul(st.silu(mlp.gate_proj.forward(x)), mlp.up_proj.forward(x));
export const update = st.linear(hidden, a); // error
