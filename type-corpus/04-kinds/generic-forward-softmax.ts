// cause: 4 kind tags. A generic forward over [...L, D] returning softmax output typed as a plain tensor.
// expect: probabilities
import * as st from '../../src/index.js';

function predict<L extends st.Shape, D extends number, V extends number>(h: st.Tensor<[...L, D]>, w: st.Tensor<[D, V]>): st.Tensor<[...L, V]> {
  return st.softmax(st.linear(h, w)); // error
}
export const p = predict(st.zeros([2, 16, 64]), st.zeros([64, 65]));
