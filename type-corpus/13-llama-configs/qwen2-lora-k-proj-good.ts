// cause: 13 Llama configs, good. Qwen2-0.5B's config (vocab 151936, dim 896, 14 query heads over 2 key/value
// heads of 64, FFN 4864, rope theta 1e6): LoRA adapters of rank 8 on k_proj, whose output is only 2 x 64 = 128
// wide, and on gate_proj (4864 wide), added to each projection's output in a generic helper.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

const config = st.defineConfig({
  vocabSize: 151936, dim: 896, nLayers: 24, nHeads: 14, nKvHeads: 2, hiddenDim: 4864, multipleOf: 256,
  normEps: 1e-6, ropeTheta: 1000000, maxSeqLen: 32768, dropout: 0,
});
declare const model: st.LlamaOf<typeof config>;

class LoRA<In extends number, Out extends number, R extends number> {
  readonly a: st.Variable<[In, R]>;
  readonly b: st.Variable<[R, Out]>;
  constructor(inDim: In, outDim: Out, rank: R, readonly scale: number) {
    this.a = st.variable(st.randomNormal([inDim, rank], 0, 0.02));
    this.b = st.variable(st.zeros([rank, outDim]));
  }
  delta<L extends st.Shape>(x: st.Tensor<[...L, In]>) {
    return st.mul(st.linear(st.linear(x, this.a), this.b), this.scale);
  }
}
const layer = model.model.layers[3];
const kLora = new LoRA(896, 128, 8, 2);
const gateLora = new LoRA(896, 4864, 8, 2);
const x = st.zeros([2, 16, 896]);
const k = st.add(layer.self_attn.k_proj.forward(x), kLora.delta(x));
const gate = st.add(layer.mlp.gate_proj.forward(x), gateLora.delta(x));
export const kWidth: Eq<typeof k.shape, [2, 16, 128]> = true;
export const gateWidth: Eq<typeof gate.shape, [2, 16, 4864]> = true;
