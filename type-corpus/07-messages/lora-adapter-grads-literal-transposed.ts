// cause: 7 messages. A LoRA step on a 7B q_proj written by hand: the gradients record is built at the call, and
// the B adapter's gradient is taken of the transposed product ([4096, 16] where B is [16, 4096]).
// expect: optimizer: every parameter passed needs a gradient of its shape and device
import * as st from '../../src/index.js';

const rank = 16;
const dim = 4096;
const a = st.variable(st.mul(st.randomNormal([dim, rank]), 0.01));
const b = st.variable(st.zeros([rank, dim]));
const x = st.randomNormal([2, 8, dim]);

const [ga, gbT] = st.grads((aa, bt) => st.mean(st.square(st.matMul(st.matMul(x, aa), st.transpose(bt)))), [a, st.transpose(b)] as const);
const opt = new st.Adam({ learningRate: 1e-4 });
opt.apply({ a, b }, { a: ga, b: gbT }); // error
