// cause: 1 union inference. A user's dense layer infers its inner dim from both arguments; 128 vs 64
// must not become the union 128 | 64.
// expect: a dim was inferred as 
// expect: they must be equal
// expect: 128
// expect: 64
import * as st from '../../src/index.js';

function dense<B extends number, I extends number, O extends number>(x: st.Tensor<[B, I]>, w: st.Tensor<[I, O]>) {
  return st.matMul(x, w);
}

const x = st.randomNormal([32, 128]);
const w = st.randomNormal([64, 10]);
export const y = dense(x, w); // error
