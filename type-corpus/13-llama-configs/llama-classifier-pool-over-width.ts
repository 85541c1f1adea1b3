// cause: 13 Llama configs. The same classifier pooling over the model dim (axis 2) instead of time: the head
// sized from model.config.dim (128) is then fed a [B, T] "pooled" tensor of the sequence length.
// expect: Type '64' is not assignable to type '128'
import * as st from '../../src/index.js';

const model = st.createLlama({
  vocabSize: 512, dim: 128, nLayers: 2, nHeads: 4, nKvHeads: 2, multipleOf: 32,
  normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 256, dropout: 0,
});
const head = new st.Linear(model.config.dim, 3, new st.SeedSequence(1), 'default');
export function classify(ids: st.Tensor<[8, 64], 'int32'>) {
  const { hidden } = model.model.forward(ids, undefined);
  const pooled = st.mean(hidden, 2);
  return head.forward(pooled); // error
}
