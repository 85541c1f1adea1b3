// cause: 2 generic. FiLM's shift projected to the sequence length instead of the width ([B, 1, T]) and added
// to [B, T, D] activations: refused in the generic block, with the sentence over the user's dims.
// expect: add: shapes [${B}, ${T}, ${D}] and [${B}, 1, ${T}] do not broadcast
import * as st from '../../src/index.js';

function film<B extends number, T extends number, D extends number, E extends number>(
  h: st.Tensor<[B, T, D]>, temb: st.Tensor<[B, E]>, toShift: st.Tensor<[E, T]>,
) {
  const shift = st.expandDims(st.matMul(temb, toShift), 1);
  return st.add(h, shift); // error
}
export const out = film(st.randomNormal([8, 64, 128]), st.randomNormal([8, 512]), st.randomNormal([512, 64]));
