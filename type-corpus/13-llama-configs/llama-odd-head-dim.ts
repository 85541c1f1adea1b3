// configs. dim 4128 over 32 heads is a head dim of 129: odd, so RoPE cannot rotate pairs.
// expect: llama config: headDim 129 (dim 4128 / nHeads 32) is odd; RoPE rotates pairs of dims
import { defineConfig } from '../../src/llama/config.js';

export const config = defineConfig({ // error
  vocabSize: 32000, dim: 4128, nLayers: 32, nHeads: 32, nKvHeads: 8, multipleOf: 256,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 2048, dropout: 0,
});
