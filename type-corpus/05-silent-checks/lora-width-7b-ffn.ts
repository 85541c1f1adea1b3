// cause: 5 silent checks. A LoRA adapter on a 7B model's FFN gate (hidden 11008) built 11000 wide must not compile.
// expect: add: shapes [1, 16, 11008] and [1, 16, 11000] do not broadcast (11008 vs 11000)
import * as st from '../../src/index.js';
import { createLlama } from '../../src/llama/model.js';

const model = createLlama({
  vocabSize: 32000, dim: 4096, nLayers: 32, nHeads: 32, nKvHeads: 32, hiddenDim: 11008, multipleOf: 256,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 2048, dropout: 0,
});
const gate = model.model.layers[0].mlp.gate_proj;
const loraA = st.variable(st.randomNormal([4096, 8], 0, 0.01));
const loraB = st.variable(st.zeros([8, 11000]));
const x = st.zeros([1, 16, 4096]);
export const y = st.add(gate.forward(x), st.linear(st.linear(x, loraA), loraB)); // error
