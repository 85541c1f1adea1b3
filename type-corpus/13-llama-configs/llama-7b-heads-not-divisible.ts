// configs. A 7B-sized config with 33 heads: 4096 is not divisible by 33.
// expect: llama config: dim 4096 is not divisible by nHeads 33
import { defineConfig } from '../../src/llama/config.js';

export const config = defineConfig({ // error
  vocabSize: 32000, dim: 4096, nLayers: 32, nHeads: 33, nKvHeads: 11, hiddenDim: 11008, multipleOf: 256,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 2048, dropout: 0,
});
