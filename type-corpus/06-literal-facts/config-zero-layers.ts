// cause: 6 literal facts. nLayers: 0 is not a model.
// expect: llama config: nLayers must be a positive integer, got 0
import { createLlama } from '../../src/llama/model.js';

export const model = createLlama({ // error
  vocabSize: 65, dim: 128, nLayers: 0, nHeads: 4, nKvHeads: 4, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 256, dropout: 0,
});
