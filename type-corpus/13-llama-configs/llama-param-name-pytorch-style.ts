// cause: 13 llama configs. A weight looked up by the nanoGPT/PyTorch-style name (transformer.wte.weight) in a
// Llama's parameter record, which uses the Hugging Face names (model.embed_tokens.weight): the record's type
// names every parameter, so the typo is a compile error, not an undefined at run time.
// expect: transformer.wte.weight
import * as st from '../../src/index.js';

const model = st.createLlama({
  vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0,
});
const params = model.parameters();
export const wte = params['transformer.wte.weight']; // error
