// devices. The same model fed ids moved to the cpu: the logits live on the cpu.
// expect: ok
import * as st from '../../src/index.js';
import { createLlama } from '../../src/llama/model.js';

const model = createLlama({
  vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0,
}, 0, 'cpu');
const ids = st.zeros([1, 8], 'int32').to('cpu');
export const logits: st.Tensor<[1, 8, 65], 'float32', 'cpu'> = model.forward(ids);
export const back: st.Tensor<[1, 8, 65]> = logits.to('default');
