// cause: 13 configs. Layers sized from a literal model's own config (model.config.dim, vocabSize, nHeads): a
// value head for RL fine-tuning and an extra LoRA on the output; the dims are the config's literals.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const model = st.createLlama({
  vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0,
});
const seeds = new st.SeedSequence(3);
const valueHead = new st.Linear(model.config.dim, 1, seeds, 'default');
const loraA = st.variable(st.randomNormal([model.config.dim, 4], 0, 0.01));
const loraB = st.variable(st.zeros([4, model.config.vocabSize]));
const ids = st.zeros([2, 12], 'int32');
const { hidden } = model.model.forward(ids, undefined);
const values = valueHead.forward(hidden);
const logits = st.add(model.lm_head.forward(hidden), st.linear(st.linear(hidden, loraA), loraB));
export const dims: Eq<[typeof model.config.dim, typeof model.config.nHeads, typeof model.config.nKvHeads], [64, 4, 2]> = true;
export const ok: Eq<[typeof values.shape, typeof logits.shape], [[2, 12, 1], [2, 12, 65]]> = true;
