// cause: 5 silent checks. Prefix tuning with a frozen head: the gradients are taken of { prefix, head } (the
// head by mistake) and handed to an optimizer over { prefix } only; the extra gradient is named.
// expect: optimizer: gradient 'head' has no parameter; are these another model's gradients?
import * as st from '../../src/index.js';

const prefix = st.variable(st.mul(st.randomNormal([10, 64], 0, 1, 'float32', 1), 0.02));
const head = st.variable(st.randomNormal([64, 5]));
const tokens = st.randomNormal([4, 20, 64]);
const labels = st.zeros([4], 'int32');
function loss(): st.Tensor<[]> {
  const withPrefix = st.concat([st.tile(st.expandDims(prefix, 0), [4, 1, 1]), tokens], 1); // [4, 30, 64]
  return st.sparseSoftmaxCrossEntropy(st.matMul(st.mean(withPrefix, 1), head), labels);
}
const opt = new st.Adam({ learningRate: 1e-3 });
const { grads } = st.variableGrads(loss, { prefix, head });
opt.apply({ prefix }, grads); // error
