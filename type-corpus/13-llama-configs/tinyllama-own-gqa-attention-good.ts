// cause: 13 llama configs. TinyLlama-1.1B's config (dim 2048, 32 heads over 4 kv heads, head dim 64, hidden
// 5632, 22 layers): the user's own attention over the first layer's projections, heads split by hand,
// grouped-query attention with 8 queries per kv head, merged back and projected.
// expect: ok
import * as st from '../../src/index.js';

const config = st.defineConfig({
  vocabSize: 32000, dim: 2048, nLayers: 22, nHeads: 32, nKvHeads: 4, hiddenDim: 5632, multipleOf: 256,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 2048, dropout: 0,
});
const model = st.createLlama(config);
const attn = model.model.layers[0].self_attn;
const x = st.zeros([1, 16, 2048]);
const q = st.transpose(st.splitLastDim(attn.q_proj.forward(x), 32, 64), [0, 2, 1, 3]); // [1, 32, 16, 64]
const k = st.transpose(st.splitLastDim(attn.k_proj.forward(x), 4, 64), [0, 2, 1, 3]);  // [1, 4, 16, 64]
const v = st.transpose(st.splitLastDim(attn.v_proj.forward(x), 4, 64), [0, 2, 1, 3]);
const o = st.scaledDotProductAttention(q, k, v, { repeats: 8 });
const merged = st.mergeLastDims(st.transpose(o, [0, 2, 1, 3]));
export const out: st.Tensor<[1, 16, 2048]> = attn.o_proj.forward(merged);
export const ffn: st.Tensor<[1, 16, 5632]> = model.model.layers[21].mlp.up_proj.forward(x);
