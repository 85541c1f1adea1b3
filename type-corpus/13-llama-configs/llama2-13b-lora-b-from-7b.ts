// cause: 13 Llama configs. Llama-2-13B (dim 5120, 40 heads, FFN 13824): LoRA adapters on q_proj copied from a 7B
// recipe, whose B matrix is [r, 4096]; the projection's output is 5120 wide.
// expect: add: shapes [1, 32, 5120] and [1, 32, 4096] do not broadcast (5120 vs 4096)
import * as st from '../../src/index.js';

const config = st.defineConfig({
  vocabSize: 32000, dim: 5120, nLayers: 40, nHeads: 40, nKvHeads: 40, hiddenDim: 13824, multipleOf: 256,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 4096, dropout: 0,
});
declare const model: st.LlamaOf<typeof config>;
const a = st.variable(st.randomNormal([5120, 8], 0, 0.01));
const b = st.variable(st.zeros([8, 4096]));

export function adaptedQuery(x: st.Tensor<[1, 32, 5120]>) {
  const q = model.model.layers[0].self_attn.q_proj.forward(x);
  return st.add(q, st.linear(st.linear(x, a), b)); // error
}
