// cause: 7 messages. A prompt encoded by the tokenizer and wrapped with st.tensor(ids, [1, n]) without a dtype
// (st.tensor's default is float32, as tf.tensor's): the model's sentence says the ids must be int32.
// expect: Llama.forwardCached: the ids must be int32
// expect: "float32"
import * as st from '../../src/index.js';

const model = st.createLlama({
  vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0,
});
const tokenizer = new st.CharTokenizer('abcdefghijklmnopqrstuvwxyz');
const encoded = tokenizer.encode('hello');
const prompt = st.tensor(encoded, [1, encoded.length]);
export const first = model.forwardCached(prompt, undefined); // error
