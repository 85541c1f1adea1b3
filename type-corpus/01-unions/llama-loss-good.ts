// cause: 1 union inference. Next-token targets sliced right: ids and targets are both [4, 64].
// expect: ok
import * as st from '../../src/index.js';
import { createLlama } from '../../src/llama/model.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const model = createLlama({
  vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0,
});
const tokens = st.zeros([4, 65], 'int32');
const ids = st.slice(tokens, [0, 0], [4, 64]);
const targets = st.slice(tokens, [0, 1], [4, 64]);
const loss = model.loss(ids, targets);
export const ok: Eq<typeof loss.shape, []> = true;
