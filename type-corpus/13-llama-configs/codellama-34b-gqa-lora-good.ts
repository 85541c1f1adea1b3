// cause: 13 llama configs. Code Llama 34B's config (vocab 32016, dim 8192, 64 heads over 8 kv heads, hidden
// 22016, rope theta 1e6): a rank-16 LoRA adapter on v_proj sized from the kv width 8 x 128 = 1024, and the
// adapted values split into the 8 kv heads.
// expect: ok
import * as st from '../../src/index.js';

const config = st.defineConfig({
  vocabSize: 32016, dim: 8192, nLayers: 48, nHeads: 64, nKvHeads: 8, hiddenDim: 22016, multipleOf: 256,
  normEps: 1e-5, ropeTheta: 1000000, maxSeqLen: 16384, dropout: 0,
});
const layer = st.createLlama(config).model.layers[0];
const loraA = st.variable(st.mul(st.randomNormal([8192, 16], 0, 1, 'float32', 1), 0.01));
const loraB = st.variable(st.zeros([16, 1024]));
const x = st.zeros([1, 8, 8192]);
const v = st.add(layer.self_attn.v_proj.forward(x), st.mul(st.matMul(st.matMul(x, loraA), loraB), 16 / 16));
export const heads: st.Tensor<[1, 8, 8, 128]> = st.splitLastDim(v, 8, 128);
export const ffn: st.Tensor<[1, 8, 22016]> = layer.mlp.gate_proj.forward(x);
