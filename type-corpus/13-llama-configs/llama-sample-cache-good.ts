// configs. Decoding with caches: forwardCached of one token over the prompt's caches, on a literal model.
// expect: ok
import * as st from '../../src/index.js';
import { createLlama } from '../../src/llama/model.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const model = createLlama({
  vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0,
});
const prompt = model.forwardCached(st.zeros([1, 8], 'int32'), undefined);
const next = model.forwardCached(st.zeros([1, 1], 'int32'), prompt.caches);
export const ok: Eq<typeof next.logits.shape, [1, 1, 65]> = true;
