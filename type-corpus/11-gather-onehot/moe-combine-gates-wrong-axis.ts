// cause: 11 gather/one-hot. Mixture of experts: the per-token expert weights [N, E] are expanded on the wrong
// axis before they scale the experts' outputs [N, E, D] (expandDims(w, 1) gives [N, 1, E], which meets D).
// expect: mul: shapes [16, 4, 32] and [16, 1, 4] do not broadcast (32 vs 4)
import * as st from '../../src/index.js';

const experts = st.variable(st.randomNormal([4, 32, 32], 0, 0.02));
const router = st.variable(st.randomNormal([32, 4], 0, 0.02));

function moe(x: st.Tensor<[16, 32]>) {
  const top = st.topk(st.softmax(st.matMul(x, router)), 2);
  const weights = st.sum(st.mul(st.oneHot(top.indices, 4, 1, 0, 'float32'), st.expandDims(top.values, -1)), 1);
  const perExpert = st.transpose(st.matMul(st.expandDims(x, 0), experts), [1, 0, 2]);
  return st.sum(st.mul(perExpert, st.expandDims(weights, 1)), 1); // error
}
export const y = moe(st.randomNormal([16, 32]));
