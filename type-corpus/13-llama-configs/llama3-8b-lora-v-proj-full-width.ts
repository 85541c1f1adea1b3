// cause: 13 Llama configs. Llama-3-8B with a LoRA adapter on v_proj sized for the model width (4096), as for
// Llama-2-7B; with 8 key/value heads of 128, v_proj is only 1024 wide (grouped-query attention).
// expect: add: shapes [1, 8, 1024] and [1, 8, 4096] do not broadcast (1024 vs 4096)
import * as st from '../../src/index.js';

const config = st.defineConfig({
  vocabSize: 128256, dim: 4096, nLayers: 32, nHeads: 32, nKvHeads: 8, hiddenDim: 14336, multipleOf: 1024,
  normEps: 1e-5, ropeTheta: 500000, maxSeqLen: 8192, dropout: 0,
});
declare const model: st.LlamaOf<typeof config>;
const vLoraA = st.variable(st.randomNormal([4096, 16], 0, 0.01));
const vLoraB = st.variable(st.zeros([16, 4096]));
const x = st.zeros([1, 8, 4096]);
const base = model.model.layers[0].self_attn.v_proj.forward(x);
export const v = st.add(base, st.matMul(st.matMul(x, vLoraA), vLoraB)); // error
