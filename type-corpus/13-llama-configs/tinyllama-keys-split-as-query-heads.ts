// cause: 13 llama configs. TinyLlama's keys split into the 32 query heads: k_proj is 4 kv heads x 64 = 256
// wide, so 32 x 64 does not fit (GQA configs are where a Llama-2-7B port breaks).
// expect: splitLastDim: last dim 256 of [1, 16, 256] is not 32 * 64
import * as st from '../../src/index.js';

const config = st.defineConfig({
  vocabSize: 32000, dim: 2048, nLayers: 22, nHeads: 32, nKvHeads: 4, hiddenDim: 5632, multipleOf: 256,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 2048, dropout: 0,
});
const attn = st.createLlama(config).model.layers[0].self_attn;
const x = st.zeros([1, 16, 2048]);
export const k = st.splitLastDim(attn.k_proj.forward(x), 32, 64); // error
