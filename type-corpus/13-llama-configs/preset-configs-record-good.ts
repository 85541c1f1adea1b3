// cause: 13 llama configs. Model presets in a record declared `as const` and chosen by a literal key, as a
// training script keeps its sizes: the chosen preset's dims stay literal in the model, so a classifier head sized
// from model.config.dim is checked on the backbone's hidden states.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const presets = {
  tiny: { vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, hiddenDim: 172, multipleOf: 4, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0 },
  small: { vocabSize: 65, dim: 128, nLayers: 4, nHeads: 8, nKvHeads: 4, hiddenDim: 344, multipleOf: 4, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 128, dropout: 0 },
} as const;
const model = st.createLlama(presets.tiny);
const head = new st.Linear(model.config.dim, 3, new st.SeedSequence(0), 'default');
const ids = st.zeros([2, 16], 'int32');
const hidden = model.model.forward(ids, undefined).hidden;
export const dims: Eq<typeof model.config.dim, 64> = true;
export const logits = head.forward(hidden);
