// cause: 13 llama configs. The same Code Llama 34B adapter sized as if v_proj were as wide as the model
// (8192, a Llama-2-7B habit) instead of its 8 kv heads x 128 = 1024.
// expect: add: shapes [1, 8, 1024] and [1, 8, 8192] do not broadcast (1024 vs 8192)
import * as st from '../../src/index.js';

const config = st.defineConfig({
  vocabSize: 32016, dim: 8192, nLayers: 48, nHeads: 64, nKvHeads: 8, hiddenDim: 22016, multipleOf: 256,
  normEps: 1e-5, ropeTheta: 1000000, maxSeqLen: 16384, dropout: 0,
});
const layer = st.createLlama(config).model.layers[0];
const loraA = st.variable(st.randomNormal([8192, 16]));
const loraB = st.variable(st.zeros([16, 8192]));
const x = st.zeros([1, 8, 8192]);
export const v = st.add(layer.self_attn.v_proj.forward(x), st.matMul(st.matMul(x, loraA), loraB)); // error
