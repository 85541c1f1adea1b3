// cause: 13 llama configs. The same head sized with model.config.dim: the logits are [2, 2] at compile time.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const config = st.defineConfig({ vocabSize: 32000, dim: 4096, nLayers: 32, nHeads: 32, nKvHeads: 32, hiddenDim: 11008, multipleOf: 256, normEps: 1e-5, ropeTheta: 10000, maxSeqLen: 4096, dropout: 0 });
export function classify(model: st.LlamaOf<typeof config>, ids: st.Tensor<[2, 128], 'int32'>) {
  const head = new st.Linear(model.config.dim, 2, new st.SeedSequence(0), 'default');
  const pooled = st.mean(model.model.forward(ids, undefined).hidden, 1);
  const logits = head.forward(pooled);
  const check: Eq<typeof logits.shape, [2, 2]> = true;
  return { logits, check };
}
