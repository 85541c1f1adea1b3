// cause: 5 silent checks. A rank-8 LoRA on a 7B model's q_proj (4096 x 4096) type-checks with literal dims.
// expect: ok
import * as st from '../../src/index.js';
import { createLlama } from '../../src/llama/model.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const model = createLlama({
  vocabSize: 32000, dim: 4096, nLayers: 32, nHeads: 32, nKvHeads: 32, hiddenDim: 11008, multipleOf: 256,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 2048, dropout: 0,
});
const wq = model.model.layers[0].self_attn.q_proj;
const a = st.variable(st.randomNormal([4096, 8], 0, 0.01));
const b = st.variable(st.zeros([8, 4096]));
const x = st.zeros([1, 16, 4096]);
const y = st.add(wq.forward(x), st.mul(st.linear(st.linear(x, a), b), 2));
export const ok: Eq<typeof y.shape, [1, 16, 4096]> = true;
