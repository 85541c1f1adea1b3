// cause: 13 llama configs: a weight-tied output head on a small literal Llama: the hidden states [B, T, dim]
// times the embedding table [vocab, dim] transposed give [B, T, vocab].
// expect: ok
import * as st from '../../src/index.js';

const model = st.createLlama({ vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 32, dropout: 0 });
const table = st.randomNormal([model.config.vocabSize, model.config.dim]);
const hidden = st.randomNormal([2, 16, model.config.dim]);
export const logits: st.Tensor<[2, 16, 65]> = st.matMul(hidden, table, false, true);
