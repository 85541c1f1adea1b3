// cause: 6 literal facts. generate asked for -5 tokens: the run time refuses it; so must the compiler.
// expect: generate: tokens must be a non-negative integer, got -5
import * as st from '../../src/index.js';

const model = st.createLlama({
  vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0,
});
export const out = st.generate(model, Int32Array.from([1, 2, 3]), { tokens: -5 }); // error
