// cause: 7 messages. A small Llama created on the CPU for a quick sampling test, given prompt ids made on the
// default device: Llama.forward says where the ids are.
// expect: Llama.forward: the ids are on default, not on the model's device
import * as st from '../../src/index.js';

const model = st.createLlama({
  vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0,
}, 0, 'cpu');
const prompt = st.tensor(Int32Array.from([1, 2, 3, 4]), [1, 4], 'int32');
export const logits = model.forward(prompt); // error
