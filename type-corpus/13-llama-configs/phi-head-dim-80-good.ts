// cause: 13 llama configs. A config with an uncommon head dim (dim 2560 over 32 heads: 80, as Phi-2): the
// layers' shapes follow from the literal config, the heads split as 32 x 80, and the logits keep the vocab.
// expect: ok
import * as st from '../../src/index.js';

const model = st.createLlama({
  vocabSize: 51200, dim: 2560, nLayers: 2, nHeads: 32, nKvHeads: 32, hiddenDim: 10240, multipleOf: 256,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 2048, dropout: 0,
});
const attn = model.model.layers[0].self_attn;
const x = st.zeros([2, 16, 2560]);
export const q: st.Tensor<[2, 16, 32, 80]> = st.splitLastDim(attn.q_proj.forward(x), 32, 80);
export const logits: st.Tensor<[2, 16, 51200]> = model.forward(st.zeros([2, 16], 'int32'));
