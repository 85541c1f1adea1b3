// cause: 6 literal facts. A config literal with the norm epsilon's sign dropped the wrong way.
// expect: llama config: normEps must be > 0, got -0.00001
import { createLlama } from '../../src/llama/model.js';

export const model = createLlama({ // error
  vocabSize: 65, dim: 128, nLayers: 2, nHeads: 4, nKvHeads: 4, multipleOf: 32,
  normEps: -1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0,
});
