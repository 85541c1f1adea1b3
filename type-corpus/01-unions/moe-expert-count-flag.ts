// cause: 1 unions (new family): a router whose weight has 16 or 8 experts depending on a flag, while the
// stacked expert weights were built for 8: combining the gates with the experts' outputs names the 16 branch.
// expect: mul: shapes [64, 16] and [64, 8] do not broadcast (16 vs 8)
import * as st from '../../src/index.js';

declare const large: boolean;
export function combine(x: st.Tensor<[64, 32]>, expertOut: st.Tensor<[64, 8]>) {
  const router = large ? st.randomNormal([32, 16]) : st.randomNormal([32, 8]);
  const gates = st.softmax(st.matMul(x, router), -1);
  return st.sum(st.mul(gates, expertOut), -1); // error
}
