// cause: 13 Llama configs (literal facts). A config whose hiddenDim was pasted from a notebook cell that computed
// 2/3 of 4 x 4096 without rounding to multipleOf: 10922.67 is not a size.
// expect: llama config: hiddenDim must be a positive integer, got 10922.67
import * as st from '../../src/index.js';

export const config = st.defineConfig({ // error
  vocabSize: 32000, dim: 4096, nLayers: 32, nHeads: 32, nKvHeads: 32, hiddenDim: 10922.67, multipleOf: 256,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 4096, dropout: 0,
});
