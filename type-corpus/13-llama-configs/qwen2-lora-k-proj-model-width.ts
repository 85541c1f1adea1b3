// cause: 13 Llama configs. The same Qwen2-0.5B adapters with k_proj's LoRA built like q_proj's, 896 wide:
// with 2 key/value heads of 64, k_proj's output is 128 wide, so the delta does not add.
// expect: add: shapes [2, 16, 128] and [2, 16, 896] do not broadcast (128 vs 896)
import * as st from '../../src/index.js';

const config = st.defineConfig({
  vocabSize: 151936, dim: 896, nLayers: 24, nHeads: 14, nKvHeads: 2, hiddenDim: 4864, multipleOf: 256,
  normEps: 1e-6, ropeTheta: 1000000, maxSeqLen: 32768, dropout: 0,
});
declare const model: st.LlamaOf<typeof config>;

function loraDelta<L extends st.Shape, In extends number, R extends number, Out extends number>(
  x: st.Tensor<[...L, In]>, a: st.Tensor<[In, R]>, b: st.Tensor<[R, Out]>,
) {
  return st.linear(st.linear(x, a), b);
}
const dim = model.config.dim;
const x = st.zeros([2, 16, 896]);
const a = st.randomNormal([dim, 8], 0, 0.02);
const b = st.zeros([8, dim]);
export const k = st.add(model.model.layers[0].self_attn.k_proj.forward(x), loraDelta(x, a, b)); // error
