// cause: 5 silent checks. A GQA model's k_proj is [dim, kvHeads x headDim] = [4096, 1024]; a [4096, 4096] adapter is caught.
// expect: add: shapes [1, 4, 1024] and [1, 4, 4096] do not broadcast (1024 vs 4096)
import * as st from '../../src/index.js';
import { createLlama } from '../../src/llama/model.js';

const model = createLlama({
  vocabSize: 32000, dim: 4096, nLayers: 32, nHeads: 32, nKvHeads: 8, hiddenDim: 14336, multipleOf: 256,
  normEps: 1e-5, ropeTheta: 500000, maxSeqLen: 8192, dropout: 0,
});
const x = st.zeros([1, 4, 4096]);
const keys = model.model.layers[0].self_attn.k_proj.forward(x);
const adapter = st.zeros([4096, 4096]);
export const k2 = st.add(keys, st.linear(x, adapter)); // error
