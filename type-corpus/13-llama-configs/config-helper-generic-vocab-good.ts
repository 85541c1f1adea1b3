// cause: 13 configs. A config helper generic over the vocabulary (a tokenizer's size known at compile time)
// returning a literal config; the model built from it keeps every dim, and a classifier head sized from the
// model's config fits the decoder's hidden states. Must compile.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function tinyConfig<const V extends number>(vocabSize: V) {
  return {
    vocabSize, dim: 128, nLayers: 4, nHeads: 8, nKvHeads: 2, multipleOf: 64,
    normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 256, dropout: 0.1,
  } as const satisfies st.LlamaConfig;
}
const model = st.createLlama(tinyConfig(96));
const head = new st.Linear(model.config.dim, 5, new st.SeedSequence(0), 'default');
const { hidden } = model.model.forward(st.zeros([4, 20], 'int32'), undefined);
const scores = head.forward(st.mean(hidden, 1));
const logits = model.forward(st.zeros([4, 20], 'int32'));
export const ok: Eq<[typeof scores.shape, typeof logits.shape], [[4, 5], [4, 20, 96]]> = true;
