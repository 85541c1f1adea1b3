// cause: 7 messages. The last decoder block is offloaded to the CPU while the hidden states come from the blocks
// on the default device: Block.forward's sentence, not a dump of the block's type arguments.
// expect: Block.forward: the input is on default, not on the layer's device
import * as st from '../../src/index.js';

const seeds = new st.SeedSequence(0);
const first = new st.Block(2, 2, 16, 128, seeds, 'default', { normEps: 1e-5 });
const last = new st.Block(2, 2, 16, 128, seeds, 'cpu', { normEps: 1e-5 });
const rope = new st.RotaryEmbedding(16, 10000, 'default');
const ropeCpu = new st.RotaryEmbedding(16, 10000, 'cpu');
const h = first.forward(st.randomNormal([1, 8, 64]), rope).output;
export const out = last.forward(h, ropeCpu).output; // error
