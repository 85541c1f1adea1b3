// cause: 13 Llama configs. A reward model on Mistral-7B's config (dim 4096, 32 heads over 8, FFN 14336): a
// scalar head on the last position's hidden state, sized from the config's hiddenDim (the FFN's width)
// instead of dim; the model's hidden states keep the literal 4096, so the product is checked.
// expect: matMul: inner dimensions differ (4096 vs 14336)
import * as st from '../../src/index.js';

const mistral = st.defineConfig({
  vocabSize: 32000, dim: 4096, nLayers: 32, nHeads: 32, nKvHeads: 8, hiddenDim: 14336, multipleOf: 256,
  normEps: 1e-5, ropeTheta: 1000000, maxSeqLen: 32768, dropout: 0,
});
declare const model: st.LlamaOf<typeof mistral>;

class RewardHead<W extends number> {
  readonly w: st.Variable<[W, 1]>;
  constructor(width: W) {
    this.w = st.variable(st.zeros([width, 1]));
  }
}
const head = new RewardHead(mistral.hiddenDim);

export function reward<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32'>) {
  const { hidden } = model.model.forward(ids, undefined);
  const [, t] = ids.shape;
  const last = st.squeeze(st.slice(hidden, [0, t - 1, 0], [-1, 1, -1]), [1]);
  return st.matMul(last, head.w); // error
}
