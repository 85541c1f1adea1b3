// training. A manual SGD update that uses the transposed gradient of a non-square weight.
// expect: sub: shapes [32, 10] and [10, 32] do not broadcast (10 vs 32)
import * as st from '../../src/index.js';

const w = st.variable(st.randomNormal([32, 10]));
const x = st.randomNormal([8, 32]);
const [gw] = st.grads((wt) => st.mean(st.matMul(x, wt)), [w]);
export const next = st.sub(w, st.mul(st.transpose(gw), 0.01)); // error
