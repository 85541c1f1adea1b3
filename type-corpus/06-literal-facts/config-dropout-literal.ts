// cause: 6 literal facts. A literal config with dropout 10 (meant 0.1): validateConfig's sentence, at compile time.
// expect: llama config: dropout must be in [0, 1), got 10
import { defineConfig } from '../../src/llama/config.js';

export const config = defineConfig({ // error
  vocabSize: 65, dim: 128, nLayers: 4, nHeads: 4, nKvHeads: 4, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 256, dropout: 10,
});
