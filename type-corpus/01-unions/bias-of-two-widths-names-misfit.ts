// cause: 1 unions: a function that takes one of two tensors (a union type written by the user, as for a layer's
// output of one of two configurations) and adds it to activations of one shape: the member that does not fit is
// named with its own shapes (the sentence printed first paired the fitting member's text with the misfit's dims).
// expect: add: shapes [4, 8] and [8, 2] do not broadcast (8 vs 2)
// expect-not: [4, 8] and [4, 8]
import * as st from '../../src/index.js';

export function residual(h: st.Tensor<[4, 8]>, skip: st.Tensor<[4, 8]> | st.Tensor<[8, 2]>) {
  return st.add(h, skip); // error
}
