// cause: 1 unions (a device chosen at run time), good. The trainer builds the model on the device it chose and
// moves each batch there in a helper generic over that device: one device throughout, in the types too.
// expect: ok
import * as st from '../../src/index.js';

function trainStep<Dev extends st.Device>(model: st.LlamaOf<typeof config, Dev>, ids: st.Tensor<[8, 64], 'int32'>, targets: st.Tensor<[8, 64], 'int32'>) {
  return model.loss(ids.to(model.device), targets.to(model.device));
}
const config = {
  vocabSize: 256, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 4, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 128, dropout: 0,
} as const;
export function run(ids: st.Tensor<[8, 64], 'int32'>, targets: st.Tensor<[8, 64], 'int32'>) {
  const losses = [];
  if (process.argv.includes('--cpu')) losses.push(trainStep(st.createLlama(config, 0, 'cpu'), ids, targets));
  else losses.push(trainStep(st.createLlama(config, 0), ids, targets));
  return losses;
}
