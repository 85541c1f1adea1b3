// cause: 6 literal facts. A user's sampling helper passes `topK: 0` (meaning "no top-k", as some libraries
// do); generate refuses it at run time, and so does the compiler.
// expect: generate: topK must be a positive integer, got 0
import * as st from '../../src/index.js';

const model = st.createLlama({
  vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0,
});
const tokenizer = new st.CharTokenizer('abcdefghijklmnopqrstuvwxyz .,');
function complete(prompt: string): string {
  const ids = tokenizer.encode(prompt);
  const out = st.generate(model, ids, { tokens: 20, temperature: 0.7, topK: 0, seed: 1 }); // error
  return prompt + tokenizer.decode(out);
}
export const text = complete('hello');
