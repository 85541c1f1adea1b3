// cause: 6 literal facts. A mixture-of-experts router over 4 experts asked for its top 8: topk's k is larger
// than the experts axis (a config's experts_per_token set above num_experts).
// expect: topk: k 8 is larger than the last dim 4 of [16, 4]
import * as st from '../../src/index.js';

const router = st.variable(st.randomNormal([32, 4], 0, 0.02));
export function route(x: st.Tensor<[16, 32]>) {
  const probs = st.softmax(st.matMul(x, router));
  return st.topk(probs, 8); // error
}
