// cause: 7 messages. rmsNorm's weight over the wrong dim in a generic block: an rmsNorm sentence.
// expect: rmsNorm: weight [${T}] does not match the last dim ${D} of x
import * as st from '../../src/index.js';

function norm<B extends number, T extends number, D extends number>(x: st.Tensor<[B, T, D]>, w: st.Tensor<[T]>) {
  return st.rmsNorm(x, w, 1e-5); // error
}
export const f = norm;
