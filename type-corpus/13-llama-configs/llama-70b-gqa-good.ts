// configs. A 70B-sized GQA config (64 heads over 8 kv heads, hidden 28672) checks quickly and keeps its dims.
// expect: ok
import * as st from '../../src/index.js';
import { createLlama } from '../../src/llama/model.js';
import { defineConfig } from '../../src/llama/config.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const config = defineConfig({
  vocabSize: 128256, dim: 8192, nLayers: 80, nHeads: 64, nKvHeads: 8, hiddenDim: 28672, multipleOf: 4096,
  normEps: 1e-5, ropeTheta: 500000, maxSeqLen: 8192, dropout: 0,
});
const model = createLlama(config);
const attn = model.model.layers[0].self_attn;
const q = attn.q_proj.forward(st.zeros([1, 4, 8192]));
export const ok: Eq<typeof q.shape, [1, 4, 8192]> = true;
const k = attn.k_proj.forward(st.zeros([1, 4, 8192]));
export const ok2: Eq<typeof k.shape, [1, 4, 1024]> = true;
