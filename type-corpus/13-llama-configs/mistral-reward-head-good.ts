// cause: 13 Llama configs, good. The Mistral-7B reward model with its head sized from model.config.dim (the
// literal 4096 the model's type keeps): the last position's hidden state times a [4096, 1] head gives one
// score per sequence, and a Bradley-Terry loss on a chosen/rejected pair.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const mistral = st.defineConfig({
  vocabSize: 32000, dim: 4096, nLayers: 32, nHeads: 32, nKvHeads: 8, hiddenDim: 14336, multipleOf: 256,
  normEps: 1e-5, ropeTheta: 1000000, maxSeqLen: 32768, dropout: 0,
});
declare const model: st.LlamaOf<typeof mistral>;
const head = st.variable(st.zeros([model.config.dim, 1]));

function reward<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32'>) {
  const { hidden } = model.model.forward(ids, undefined);
  const [, t] = ids.shape;
  const last = st.squeeze(st.slice(hidden, [0, t - 1, 0], [-1, 1, -1]), [1]);
  return st.squeeze(st.matMul(last, head), [1]);
}
const chosen = reward(st.zeros([4, 128], 'int32'));
const rejected = reward(st.zeros([4, 128], 'int32'));
export const perPair: Eq<typeof chosen.shape, [4]> = true;
export const loss = st.neg(st.mean(st.log(st.sigmoid(st.sub(chosen, rejected)))));
