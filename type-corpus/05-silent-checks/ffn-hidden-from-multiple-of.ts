// cause: 5 silent checks. Without hiddenDim the config's hidden size is computed: dim 128, multipleOf 32 gives 352.
// expect: ok
import * as st from '../../src/index.js';
import { createLlama } from '../../src/llama/model.js';

const model = createLlama({
  vocabSize: 65, dim: 128, nLayers: 2, nHeads: 4, nKvHeads: 4, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 64, dropout: 0,
});
const h = model.model.layers[0].mlp.gate_proj.forward(st.zeros([2, 8, 128]));
export const gated: st.Tensor<[2, 8, 352]> = st.mul(st.silu(h), st.ones([352]));
