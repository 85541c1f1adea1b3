// cause: 1 union inference. The library's own generic method infers T from ids and targets:
// [4, 64] and [4, 63] must not unify to T = 64 | 63.
// expect: [4, 63]
// expect: [4, 64]
import * as st from '../../src/index.js';
import { createLlama } from '../../src/llama/model.js';

const model = createLlama({
  vocabSize: 65, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0,
});
const tokens = st.zeros([4, 65], 'int32');
const ids = st.slice(tokens, [0, 0], [4, 64]);
const targets = st.slice(tokens, [0, 2], [4, 63]);
export const loss = model.loss(ids, targets); // error
