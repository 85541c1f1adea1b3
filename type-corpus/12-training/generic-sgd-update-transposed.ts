// training. A generic SGD step that subtracts the transposed gradient of an [In, Out] weight: sub's sentence over the user's dims.
// expect: sub: shapes [${In}, ${Out}] and [${Out}, ${In}] do not broadcast
import * as st from '../../src/index.js';

function sgdStep<B extends number, In extends number, Out extends number>(
  w: st.Variable<[In, Out]>, x: st.Tensor<[B, In]>, lr: number,
) {
  const [gw] = st.grads((wt) => st.mean(st.matMul(x, wt)), [w]);
  return st.sub(w, st.mul(st.transpose(gw), lr)); // error
}
export const step = sgdStep;
