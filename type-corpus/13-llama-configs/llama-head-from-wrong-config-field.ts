// cause: 13 llama configs: a classifier on a literal Llama's hidden states sized with nHeads instead of dim.
// expect: matMul
import * as st from '../../src/index.js';

const model = st.createLlama({ vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 32, dropout: 0 });
const classifier = st.randomNormal([model.config.nHeads, 3]);
const hidden = st.randomNormal([2, 16, model.config.dim]);
export const logits = st.matMul(hidden, classifier); // error
