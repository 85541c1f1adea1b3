// configs. Grouped-query attention with 32 heads over 7 key/value heads.
// expect: llama config: nHeads 32 is not a multiple of nKvHeads 7
import { createLlama } from '../../src/llama/model.js';

export const model = createLlama({ // error
  vocabSize: 32000, dim: 4096, nLayers: 32, nHeads: 32, nKvHeads: 7, hiddenDim: 14336, multipleOf: 256,
  normEps: 1e-5, ropeTheta: 500000, maxSeqLen: 8192, dropout: 0,
});
