// cause: 13 Llama configs, good. Sequence classification on a literal TinyStories-sized config: mean-pool the
// decoder's hidden states over the real tokens and a head sized from model.config.dim; the logits' shape is
// checked against the label count, and the loss takes int32 labels of the batch.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const model = st.createLlama({
  vocabSize: 512, dim: 128, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 256, dropout: 0,
});
const head = new st.Linear(model.config.dim, 3, new st.SeedSequence(1), 'default');
function classify<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32'>, mask: st.Tensor<[B, T]>) {
  const { hidden } = model.model.forward(ids, undefined);
  const summed = st.sum(st.mul(hidden, st.expandDims(mask, -1)), 1);
  return head.forward(st.div(summed, st.maximum(st.sum(mask, 1, true), 1)));
}
const logits = classify(st.zeros([8, 64], 'int32'), st.ones([8, 64]));
export const shape: Eq<typeof logits.shape, [8, 3]> = true;
export const loss = st.sparseSoftmaxCrossEntropy(logits, st.zeros([8], 'int32'));
