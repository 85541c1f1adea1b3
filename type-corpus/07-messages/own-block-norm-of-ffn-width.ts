// cause: 7 messages. A user's pre-norm block builds its second norm with the FFN's width (the SwiGLU's hidden 176)
// and applies it to the residual stream of width 64: the norm's forward says which dim it takes.
// expect: RMSNorm.forward: the input's last dim must be the layer's dim
import * as st from '../../src/index.js';

const seeds = new st.SeedSequence(0);
const attn = new st.Attention(2, 2, 16, seeds, 'default');
const rope = new st.RotaryEmbedding(16, 10000, 'default');
const norm1 = new st.RMSNorm(64, 1e-5, 'default');
const mlp = new st.SwiGLU(64, 176, seeds, 'default');
const norm2 = new st.RMSNorm(mlp.hiddenDim, 1e-5, 'default');
const x = st.randomNormal([2, 10, 64]);
const h = st.add(x, attn.forward(norm1.forward(x), rope).output);
export const normed = norm2.forward(h); // error
