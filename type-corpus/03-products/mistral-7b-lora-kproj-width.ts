// cause: 3 products. LoRA on the k projection of a GQA block: its output is 8 x 128 = 1024 wide, not the
// model dim 4096 (a 7B habit from multi-head models).
// expect: 1024
// expect: 4096
import * as st from '../../src/index.js';

const block = new st.Block(8, 4, 128, 14336, new st.SeedSequence(0), 'default', { normEps: 1e-5 });
const loraA = st.variable(st.randomNormal([4096, 16], 0, 0.01));
const loraB = st.variable(st.zeros([16, 4096]));
const x = st.randomNormal([1, 16, 4096]);
const k = block.self_attn.k_proj.forward(x);
export const adapted = st.add(k, st.matMul(st.matMul(x, loraA), loraB)); // error
