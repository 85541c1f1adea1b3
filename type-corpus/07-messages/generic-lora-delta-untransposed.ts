// cause: 7 messages. Merging a LoRA delta A @ B with B stored [Out, R] (PyTorch's layout) needs transposeB: matMul's sentence.
// expect: matMul: inner dimensions differ (${R} vs ${Out})
import * as st from '../../src/index.js';

function mergeLora<In extends number, Out extends number, R extends number>(
  w: st.Tensor<[In, Out]>, a: st.Tensor<[In, R]>, b: st.Tensor<[Out, R]>, scale: number,
) {
  const delta = st.matMul(a, b); // error
  return { w, delta: st.mul(delta, scale) };
}
export const f = mergeLora;
