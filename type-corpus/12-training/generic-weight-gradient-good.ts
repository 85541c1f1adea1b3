// training. A generic hand-written backward pass for a linear layer (dW = x^T dy, dx = dy W^T) and its SGD update compile with no error.
// expect: ok
import * as st from '../../src/index.js';

function backward<B extends number, In extends number, Out extends number>(
  x: st.Tensor<[B, In]>, w: st.Tensor<[In, Out]>, dy: st.Tensor<[B, Out]>, lr: number,
) {
  const dw = st.matMul(x, dy, true, false);
  const dx = st.matMul(dy, w, false, true);
  const next = st.sub(w, st.mul(dw, lr));
  return { dx, next };
}
export const f = backward;
