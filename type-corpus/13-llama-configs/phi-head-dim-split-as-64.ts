// cause: 13 llama configs. The Phi-like config's queries split with the usual head dim 64 (2560 = 40 x 64, but
// the model has 32 heads): 32 x 64 is 2048, not the projection's 2560.
// expect: splitLastDim: last dim 2560 of [2, 16, 2560] is not 32 * 64
import * as st from '../../src/index.js';

const model = st.createLlama({
  vocabSize: 51200, dim: 2560, nLayers: 2, nHeads: 32, nKvHeads: 32, hiddenDim: 10240, multipleOf: 256,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 2048, dropout: 0,
});
const x = st.zeros([2, 16, 2560]);
export const q = st.splitLastDim(model.model.layers[0].self_attn.q_proj.forward(x), 32, 64); // error
