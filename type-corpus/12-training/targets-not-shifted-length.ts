// training. Targets sliced one token too long: labels [8, 33] for logits [8, 32, 65].
// expect: sparseSoftmaxCrossEntropy: labels [8, 33] must have the logits' shape without the class dim, [8, 32]
import * as st from '../../src/index.js';
import { createLlama } from '../../src/llama/model.js';

const model = createLlama({
  vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0,
});
const batch = st.zeros([8, 33], 'int32');
const ids = st.slice(batch, [0, 0], [8, 32]);
export const loss = st.sparseSoftmaxCrossEntropy(model.forward(ids), batch); // error
