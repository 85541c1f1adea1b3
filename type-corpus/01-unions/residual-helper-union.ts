// cause: 1 union inference. A residual helper over any shape S, given two shapes.
// expect: [2, 16, 32]
// expect: [2, 16, 64]
import * as st from '../../src/index.js';

function residual<S extends st.Shape>(x: st.Tensor<S>, fx: st.Tensor<S>) {
  return st.add(x, fx);
}

const x = st.randomNormal([2, 16, 64]);
const fx = st.randomNormal([2, 16, 32]);
export const y = residual(x, fx); // error
