// cause: 7 messages. A bias over the time axis instead of the feature axis, in generic code, gets a sentence.
// expect: add: shapes [${B}, ${T}, ${D}] and [${T}] do not broadcast
import * as st from '../../src/index.js';

function addBias<B extends number, T extends number, D extends number>(x: st.Tensor<[B, T, D]>, bias: st.Tensor<[T]>) {
  return st.add(x, bias); // error
}
export const f = addBias;
