// cause: 7 messages. A user's decoder builds its one rotary embedding from the config as dim / nKvHeads (the kv
// width per head group, 32) instead of dim / nHeads (16): the attention names the head dim the rope must rotate.
// expect: Attention.forward: the rope must be built with the layer's head dim 16 on default
import * as st from '../../src/index.js';

const config = st.defineConfig({ vocabSize: 256, dim: 64, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 128, dropout: 0 });
const seeds = new st.SeedSequence(1);
const headDim = st.dimDiv(config.dim, config.nHeads);
const repeats = st.dimDiv(config.nHeads, config.nKvHeads);
const attn = new st.Attention(config.nKvHeads, repeats, headDim, seeds, 'default');
const rope = new st.RotaryEmbedding(st.dimDiv(config.dim, config.nKvHeads), config.ropeTheta, 'default');
const embed = new st.Embedding(config.vocabSize, attn.dim, seeds, 'default');
const h = embed.forward(st.zeros([2, 12], 'int32'));
export const mixed = attn.forward(h, rope).output; // error
