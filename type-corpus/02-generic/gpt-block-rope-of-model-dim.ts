// cause: 2 generic code. The user's block stack builds its rotary embedding with the model's width (64) instead
// of the head dim (16): the attention's rope parameter refuses it, naming both.
// expect: RotaryEmbedding<64
// expect: Attention.forward: the rope must be built with the layer's head dim 16 on default
import * as st from '../../src/index.js';

const seeds = new st.SeedSequence(0);
const attn = new st.Attention(2, 2, 16, seeds, 'default');
const rope = new st.RotaryEmbedding(attn.dim, 10000, 'default');
const norm = new st.RMSNorm(attn.dim, 1e-5, 'default');
const x = st.randomNormal([2, 10, 64]);
export const out = attn.forward(norm.forward(x), rope); // error
