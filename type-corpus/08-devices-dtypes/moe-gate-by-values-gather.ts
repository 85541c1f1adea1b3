// cause: 8 dtypes. Mixture of experts: the per-expert bias is looked up with the router's top-k *values*
// (float gate weights) instead of its int32 indices.
// expect: gather: indices must be int32, got float32
import * as st from '../../src/index.js';

const router = st.variable(st.randomNormal([32, 8], 0, 0.02));
const expertBias = st.variable(st.zeros([8, 32]));
export function biasFor(x: st.Tensor<[16, 32]>) {
  const top = st.topk(st.softmax(st.matMul(x, router)), 2);
  return st.gather(expertBias, top.values); // error
}
