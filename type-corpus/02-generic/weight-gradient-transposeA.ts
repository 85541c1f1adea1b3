// cause: 2 generic code. A hand-written backward pass: dW = x^T dy via matMul(x, dy, true, false).
// expect: ok
import * as st from '../../src/index.js';

function denseBackward<N extends number, I extends number, O extends number>(
  x: st.Tensor<[N, I]>, w: st.Tensor<[I, O]>, dy: st.Tensor<[N, O]>,
): { dx: st.Tensor<[N, I]>; dw: st.Tensor<[I, O]>; db: st.Tensor<[O]> } {
  return { dx: st.matMul(dy, w, false, true), dw: st.matMul(x, dy, true, false), db: st.sum(dy, 0) };
}
export const g = denseBackward(st.randomNormal([32, 64]), st.randomNormal([64, 10]), st.ones([32, 10]));
