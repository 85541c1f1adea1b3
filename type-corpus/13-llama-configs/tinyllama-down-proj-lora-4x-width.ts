// cause: 13 Llama configs. TinyLlama-1.1B (dim 2048, FFN 5632): a LoRA on down_proj whose A matrix is sized (written 8192;
// `4 * 2048` would be a number dim, checked at run time) 4 x dim, GPT-2's MLP width, instead of the SwiGLU's 5632.
// expect: linear:
// expect: 5632
import * as st from '../../src/index.js';

const tiny = st.defineConfig({
  vocabSize: 32000, dim: 2048, nLayers: 22, nHeads: 32, nKvHeads: 4, hiddenDim: 5632, multipleOf: 256,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 2048, dropout: 0,
});
declare const model: st.LlamaOf<typeof tiny>;
const mlp = model.model.layers[0].mlp;
const loraA = st.variable(st.randomNormal([8192, 16], 0, 0.01));
const loraB = st.variable(st.zeros([16, 2048]));

export function downWithLora<T extends number>(x: st.Tensor<[1, T, 2048]>) {
  const act = st.mul(st.silu(mlp.gate_proj.forward(x)), mlp.up_proj.forward(x));
  const delta = st.linear(st.linear(act, loraA), loraB); // error
  return st.add(mlp.down_proj.forward(act), delta);
}
