// cause: 1 union inference. A Llama created on the device a CLI flag picks, sampled with prompt ids made on
// the default device: on --cpu the ids and the weights would live on two backends.
// expect: Llama.forward: the ids are on default, not on the model's device
// expect: "default"
import * as st from '../../src/index.js';

const device = process.argv.includes('--cpu') ? 'cpu' : 'default';
const model = st.createLlama({
  vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0,
}, 0, device);
const prompt = st.tensor(Int32Array.from([1, 2, 3, 4]), [1, 4], 'int32');
export const logits = model.forward(prompt); // error
