// cause: 6 literal facts. generate with literal options in range, greedy decoding (temperature 0) and options
// read from flags (`number`, checked at run time) compile.
// expect: ok
import * as st from '../../src/index.js';

const model = st.createLlama({
  vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0,
});
const prompt = Int32Array.from([1, 2, 3]);
export const sampled = st.generate(model, prompt, { tokens: 50, temperature: 0.8, topK: 40, seed: 7 });
export const greedy = st.generate(model, prompt, { tokens: 10, temperature: 0, useCache: false });
const tokens = Number(process.env.TOKENS ?? '100');
const options: st.GenerateOptions = { tokens, topK: Number(process.env.TOP_K ?? '5') };
export const fromFlags = st.generate(model, prompt, options);
