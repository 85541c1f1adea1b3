// cause: 13 configs. A sampling loop that picks the next token with a float computation (argmax of the logits
// turned into probabilities, then cast to float to add an offset for a shared vocabulary) and feeds it back:
// the model's sentence names the ids' dtype at the cached step.
// expect: Llama.forwardCached: the ids must be int32
// expect: "float32"
import * as st from '../../src/index.js';

const model = st.createLlama({
  vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0,
});
const first = model.forwardCached(st.zeros([1, 8], 'int32'), undefined);
const last = st.slice(first.logits, [0, 7, 0], [1, 1, 65]);
const shifted = st.add(st.cast(st.argMax(st.softmax(last), -1), 'float32'), 0);
export const step = model.forwardCached(shifted, first.caches); // error
