// cause: 1 unions (a device chosen at run time, a library method). A trainer moves the batch to a device chosen
// by a flag, but built the model on the default device: the run-time choice is refused by the model's forward.
// expect: Llama.loss: the ids are on a device chosen at run time
import * as st from '../../src/index.js';

const model = st.createLlama({
  vocabSize: 256, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 4, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 128, dropout: 0,
});
const device = process.argv.includes('--cpu') ? 'cpu' : 'default';
export function step(ids: st.Tensor<[8, 64], 'int32'>, targets: st.Tensor<[8, 64], 'int32'>) {
  return model.loss(ids.to(device), targets.to(device)); // error
}
