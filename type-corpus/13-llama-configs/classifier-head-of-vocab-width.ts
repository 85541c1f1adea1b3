// cause: 13 llama configs. A sentiment head on a 7B Llama's mean-pooled hidden states, sized from model.config with
// the vocabulary (32000) where the model width (4096) belongs: the head's forward names what it takes.
// expect: Linear.forward: the input's last dim must be the layer's in-features
// expect: [2, 4096]
import * as st from '../../src/index.js';

const config = st.defineConfig({ vocabSize: 32000, dim: 4096, nLayers: 32, nHeads: 32, nKvHeads: 32, hiddenDim: 11008, multipleOf: 256, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 4096, dropout: 0 });
export function classify(model: st.LlamaOf<typeof config>, ids: st.Tensor<[2, 128], 'int32'>) {
  const head = new st.Linear(model.config.vocabSize, 2, new st.SeedSequence(0), 'default');
  const hidden = model.model.forward(ids, undefined).hidden;
  const pooled = st.mean(hidden, 1);
  return head.forward(pooled); // error
}
