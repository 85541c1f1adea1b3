// cause: 5 silent checks. A classifier head on the Llama decoder's hidden states built from the model's own
// config, with the vocabulary size where the model's width belongs: model.config keeps the literal config's
// dims (65, 64), so the head's wrong in-features is caught, not turned off by a `number`.
// expect: Tensor<[8, 64]
// expect: 65
import * as st from '../../src/index.js';

const llama = st.createLlama({
  vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0,
});
const head = new st.Linear(llama.config.vocabSize, 3, new st.SeedSequence(0), 'default');
const ids = st.zeros([8, 32], 'int32');
const { hidden } = llama.model.forward(ids, undefined);
export const logits = head.forward(st.mean(hidden, 1)); // error
