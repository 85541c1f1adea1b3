// devices. A model placed on the cpu backend fed ids made on the default device.
// expect: "default"
// expect: "cpu"
import * as st from '../../src/index.js';
import { createLlama } from '../../src/llama/model.js';

const model = createLlama({
  vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0,
}, 0, 'cpu');
const ids = st.zeros([1, 8], 'int32');
export const logits = model.forward(ids); // error
