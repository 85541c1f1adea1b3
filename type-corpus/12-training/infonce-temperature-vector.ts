// cause: 12 training (new family): a learnable temperature (a scalar parameter) clipped after the step from
// a per-example [64] tensor (the row-wise scales of a variant) and assigned back: the shapes are named.
// expect: [64]
// expect: []
import * as st from '../../src/index.js';

const logScale = st.variable(st.fill([], Math.log(1 / 0.07)));
export function rescale(perExample: st.Tensor<[64]>) {
  logScale.assign(st.clipByValue(perExample, 0, Math.log(100))); // error
}
