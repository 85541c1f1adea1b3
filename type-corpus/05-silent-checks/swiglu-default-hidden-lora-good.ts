// cause: 5 silent checks. A config without hiddenDim: the SwiGLU formula (dim 256, multipleOf 64 -> 704) is in the
// types, so a LoRA on down_proj sized from it type-checks with literal dims.
// expect: ok
import * as st from '../../src/index.js';
import { createLlama } from '../../src/llama/model.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const model = createLlama({
  vocabSize: 65, dim: 256, nLayers: 2, nHeads: 8, nKvHeads: 8, multipleOf: 64,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 128, dropout: 0,
});
const mlp = model.model.layers[1].mlp;
const a = st.variable(st.randomNormal([704, 8], 0, 0.01));
const b = st.variable(st.zeros([8, 256]));
const x = st.zeros([2, 32, 256]);
const hidden = st.mul(st.silu(mlp.gate_proj.forward(x)), mlp.up_proj.forward(x));
const out = st.add(mlp.down_proj.forward(hidden), st.linear(st.linear(hidden, a), b));
export const ok: Eq<typeof out.shape, [2, 32, 256]> = true;
export const hiddenOk: Eq<typeof hidden.shape, [2, 32, 704]> = true;
