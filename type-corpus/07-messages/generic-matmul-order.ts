// cause: 7 messages. In generic code, weight @ input instead of input @ weight: a matMul sentence, not internals.
// expect: matMul: inner dimensions differ (${O} vs ${B})
import * as st from '../../src/index.js';

function dense<B extends number, I extends number, O extends number>(x: st.Tensor<[B, I]>, w: st.Tensor<[I, O]>) {
  return st.matMul(w, x); // error
}
export const f = dense;
