// cause: 13 Llama configs. A user's own attention on Llama-2-7B's projections splits the 4096-wide queries
// into 32 heads of 64 (a head dim from another model); 32 heads of a 4096-wide model are 128 wide.
// expect: splitLastDim: last dim 4096 of [1, 8, 4096] is not 32 * 64
import * as st from '../../src/index.js';

const config = st.defineConfig({
  vocabSize: 32000, dim: 4096, nLayers: 32, nHeads: 32, nKvHeads: 32, hiddenDim: 11008, multipleOf: 256,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 4096, dropout: 0,
});
declare const model: st.LlamaOf<typeof config>;
const attn = model.model.layers[0].self_attn;
const x = st.zeros([1, 8, 4096]);
const q = attn.q_proj.forward(x);
export const heads = st.splitLastDim(q, 32, 64); // error
