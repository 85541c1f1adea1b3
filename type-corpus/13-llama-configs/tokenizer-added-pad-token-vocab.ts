// cause: 13 llama configs. A pad token added to the tokenizer (32001 entries) while the model's vocabulary
// stays 32000: soft targets built with the tokenizer's size do not fit the model's logits.
// expect: mul: shapes [2, 64, 32001] and [2, 64, 32000] do not broadcast (32001 vs 32000)
import * as st from '../../src/index.js';

const model = st.createLlama({
  vocabSize: 32000, dim: 256, nLayers: 2, nHeads: 4, nKvHeads: 4, multipleOf: 64,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 2048, dropout: 0,
});
const tokenizerSize = 32001;
const ids = st.zeros([2, 64], 'int32');
const targets = st.zeros([2, 64], 'int32');
const logp = st.logSoftmax(model.forward(ids));
const soft = st.oneHot(targets, tokenizerSize, 1, 0, 'float32');
export const loss = st.neg(st.mean(st.sum(st.mul(soft, logp), -1))); // error
