// cause: 13 Llama configs. Llama-3-8B's config (vocab 128256, 32 heads over 8 key/value heads, FFN 14336,
// rope theta 500000) with LoRA adapters of rank 16 on q_proj (4096 wide) and v_proj (8 x 128 = 1024 wide):
// each adapter's width is the literal of the config, and the deltas (two linear maps, as PEFT's lora_A and
// lora_B are nn.Linear) add to the projections' outputs in a helper over any leading dims.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

const config = st.defineConfig({
  vocabSize: 128256, dim: 4096, nLayers: 32, nHeads: 32, nKvHeads: 8, hiddenDim: 14336, multipleOf: 1024,
  normEps: 1e-5, ropeTheta: 500000, maxSeqLen: 8192, dropout: 0,
});
type Model = st.LlamaOf<typeof config>;

function lora<In extends number, Out extends number, R extends number>(inDim: In, outDim: Out, rank: R) {
  return { a: st.variable(st.randomNormal([inDim, rank], 0, 0.01)), b: st.variable(st.zeros([rank, outDim])) };
}
function adapted<L extends st.Shape, In extends number, Out extends number, R extends number>(
  base: st.Tensor<[...L, Out]>, x: st.Tensor<[...L, In]>, ad: { a: st.Variable<[In, R]>; b: st.Variable<[R, Out]> },
) {
  return st.add(base, st.mul(st.linear(st.linear(x, ad.a), ad.b), 2));
}

declare const model: Model;
const attn = model.model.layers[0].self_attn;
const qLora = lora(4096, 4096, 16);
const vLora = lora(4096, 1024, 16);
const x = st.zeros([1, 8, 4096]);
const q = adapted(attn.q_proj.forward(x), x, qLora);
const v = adapted(attn.v_proj.forward(x), x, vLora);
export const qWidth: Eq<typeof q.shape, [1, 8, 4096]> = true;
export const vWidth: Eq<typeof v.shape, [1, 8, 1024]> = true;
