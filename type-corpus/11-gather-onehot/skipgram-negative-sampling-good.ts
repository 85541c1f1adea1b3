// cause: 11 gather/one-hot (new family): word2vec skip-gram with negative sampling: center and context
// embeddings gathered from two tables, the positive score a row-wise dot product, K negatives scored with one
// batched matMul ([B, 1, D] @ [B, K, D]^T), the loss -log sigmoid(pos) - sum log sigmoid(-neg).
// expect: ok
import * as st from '../../src/index.js';

const vocab = 10000;
const dim = 100;
const inEmb = st.variable(st.mul(st.randomNormal([vocab, dim], 0, 1, 'float32', 1), 0.01));
const outEmb = st.variable(st.zeros([vocab, dim]));
const center = st.zeros([512], 'int32');
const context = st.zeros([512], 'int32');
const negatives = st.zeros([512, 5], 'int32');

function loss(): st.Tensor<[]> {
  const c = st.gather(inEmb, center);                        // [512, 100]
  const o = st.gather(outEmb, context);                      // [512, 100]
  const n = st.gather(outEmb, negatives);                    // [512, 5, 100]
  const pos = st.sum(st.mul(c, o), -1);                      // [512]
  const neg = st.squeeze(st.matMul(st.expandDims(c, 1), n, false, true), [1]); // [512, 5]
  const logSig = (x: st.Tensor<[512]>) => st.log(st.sigmoid(x));
  return st.neg(st.mean(st.add(logSig(pos), st.sum(st.log(st.sigmoid(st.neg(neg))), -1))));
}
const opt = new st.SGD({ learningRate: 0.025 });
const { grads } = st.variableGrads(loss, { inEmb, outEmb });
opt.apply({ inEmb, outEmb }, grads);
