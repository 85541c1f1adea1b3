// configs. Decoding a batch of 2 with caches built for a batch of 1.
// expect: KVCache<1, 2, 16
// expect: Llama.forwardCached: the cache must be [2, 2, number, 16] on default
import * as st from '../../src/index.js';
import { createLlama } from '../../src/llama/model.js';

const model = createLlama({
  vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0,
});
const prompt = model.forwardCached(st.zeros([1, 8], 'int32'), undefined);
export const next = model.forwardCached(st.zeros([2, 1], 'int32'), prompt.caches); // error
