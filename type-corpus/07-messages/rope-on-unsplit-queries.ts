// cause: 7 messages. A user's attention rotates the query projection before splitting it into heads: the rope takes
// [batch, heads, time, headDim] of its head dim, and the projection's last dim is the model width.
// expect: RotaryEmbedding.forward: the input's last dim must be the layer's headDim
import * as st from '../../src/index.js';

const seeds = new st.SeedSequence(0);
const wq = new st.Linear(64, 64, seeds, 'default');
const rope = new st.RotaryEmbedding(16, 10000, 'default');
const x = st.randomNormal([2, 10, 64]);
const q = wq.forward(x);
export const rotated = rope.forward(st.expandDims(q, 1)); // error
