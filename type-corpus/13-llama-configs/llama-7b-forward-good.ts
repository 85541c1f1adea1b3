// configs. A 7B-sized literal config: createLlama's model gives [1, 16, 32000] logits, typed.
// expect: ok
import * as st from '../../src/index.js';
import { createLlama } from '../../src/llama/model.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const model = createLlama({
  vocabSize: 32000, dim: 4096, nLayers: 32, nHeads: 32, nKvHeads: 32, hiddenDim: 11008, multipleOf: 256,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 2048, dropout: 0,
});
const logits = model.forward(st.zeros([1, 16], 'int32'));
export const ok: Eq<typeof logits.shape, [1, 16, 32000]> = true;
const embedded = model.model.embed_tokens.forward(st.zeros([1, 16], 'int32'));
export const ok2: Eq<typeof embedded.shape, [1, 16, 4096]> = true;
