// cause: 3 products: an output projection typed [Mul<H, Dh>, D] fed the merged heads of another head dim
// (Mul<H, Dk>, keys of a smaller dim): the products differ.
// expect: matMul
import * as st from '../../src/index.js';

export function out<B extends number, T extends number, H extends number, Dh extends number, Dk extends number, D extends number>(
  merged: st.Tensor<[B, T, st.Mul<H, Dk>]>, wo: st.Tensor<[st.Mul<H, Dh>, D]>,
) {
  return st.matMul(merged, wo); // error
}
