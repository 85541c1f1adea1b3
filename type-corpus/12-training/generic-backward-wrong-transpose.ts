// training. A generic backward pass that computes dx = dy @ W without transposing W: matMul's sentence over the user's dims.
// expect: matMul: inner dimensions differ (${Out} vs ${In})
import * as st from '../../src/index.js';

function backward<B extends number, In extends number, Out extends number>(
  x: st.Tensor<[B, In]>, w: st.Tensor<[In, Out]>, dy: st.Tensor<[B, Out]>,
) {
  const dw = st.matMul(x, dy, true, false);
  const dx = st.matMul(dy, w); // error
  return { dw, dx };
}
export const f = backward;
