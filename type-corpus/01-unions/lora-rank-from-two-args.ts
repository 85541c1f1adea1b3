// cause: 1 union inference. A user's LoRA helper infers the rank R from both factors; rank 8 vs 16 must not unify.
// expect: a dim was inferred as
import * as st from '../../src/index.js';

function lora<B extends number, I extends number, R extends number, O extends number>(x: st.Tensor<[B, I]>, a: st.Tensor<[I, R]>, b: st.Tensor<[R, O]>) {
  return st.matMul(st.matMul(x, a), b);
}
const x = st.randomNormal([4, 512]);
const a = st.randomNormal([512, 8]);
const b = st.zeros([16, 512]);
export const delta = lora(x, a, b); // error
