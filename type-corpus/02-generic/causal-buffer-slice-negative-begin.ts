// cause: 2 generic code. The causal buffer cut as Python's bias[:, :, -1:, :] would be written (the last row for
// a one-token decode step) with a literal -1 begin: slice's begins are offsets from the start, never negative.
// expect: slice: begin -1 at axis 2 is negative
// expect-not: NotThisForm
import * as st from '../../src/index.js';

function lastRow<S extends number, T extends number>(bias: st.Tensor<[1, 1, S, S], 'bool'>, t: T) {
  return st.slice(bias, [0, 0, -1, 0], [1, 1, 1, t]); // error
}
export const row = lastRow(st.expandDims(st.expandDims(st.causalMask(8), 0), 0), 8);
