// cause: 12 training (new family): a triplet margin loss on embeddings: squared distances anchor-positive and
// anchor-negative summed over the features, relu(d_ap - d_an + margin), mean; an embedding net trained on it.
// expect: ok
import * as st from '../../src/index.js';

const net = st.variable(st.mul(st.randomNormal([128, 32], 0, 1, 'float32', 3), 0.05));
const embed = (x: st.Tensor<[64, 128]>) => st.matMul(x, net);
const [a, p, n] = [st.randomNormal([64, 128]), st.randomNormal([64, 128]), st.randomNormal([64, 128])];

function tripletLoss(margin: number): st.Tensor<[]> {
  const ea = embed(a);
  const dAp = st.sum(st.squaredDifference(ea, embed(p)), -1);
  const dAn = st.sum(st.squaredDifference(ea, embed(n)), -1);
  return st.mean(st.relu(st.add(st.sub(dAp, dAn), margin)));
}
const opt = new st.Adam({ learningRate: 1e-3 });
const { grads } = st.variableGrads(() => tripletLoss(0.2), { net });
opt.apply({ net }, grads);
