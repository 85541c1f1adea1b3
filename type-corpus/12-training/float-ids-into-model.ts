// training. Token ids loaded as float32 fed to the model.
// expect: Llama.forward: the ids must be int32
// expect: "float32"
import * as st from '../../src/index.js';
import { createLlama } from '../../src/llama/model.js';

const model = createLlama({
  vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0,
});
const ids = st.zeros([4, 16]);
export const logits = model.forward(ids); // error
