// configs. A tokenizer of 50257 tokens trained against a model of vocab 32000: the one-hot targets do not fit.
// expect: mul: shapes [2, 16, 32000] and [2, 16, 50257] do not broadcast (32000 vs 50257)
import * as st from '../../src/index.js';
import { createLlama } from '../../src/llama/model.js';

const model = createLlama({
  vocabSize: 32000, dim: 512, nLayers: 4, nHeads: 8, nKvHeads: 8, multipleOf: 256,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 512, dropout: 0,
});
const ids = st.zeros([2, 16], 'int32');
const logp = st.logSoftmax(model.forward(ids));
const target = st.oneHot(ids, 50257, 1, 0, 'float32');
export const nll = st.neg(st.mean(st.sum(st.mul(logp, target), -1))); // error
