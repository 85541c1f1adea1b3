// cause: 1 union inference. A residual helper whose D comes from the input and the sublayer's output.
// expect: a dim was inferred as 256 | 512
import * as st from '../../src/index.js';

function residual<B extends number, D extends number>(x: st.Tensor<[B, D]>, fx: st.Tensor<[B, D]>) {
  return st.add(x, fx);
}
const h = st.randomNormal([8, 256]);
const w = st.randomNormal([256, 512]);
export const y = residual(h, st.matMul(h, w)); // error
