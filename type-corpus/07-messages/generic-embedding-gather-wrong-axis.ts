// cause: 7 messages. A generic embedding lookup into a [V, D] table gathers along axis 2 (copied from a per-head table): gather's axis sentence over the user's dims.
// expect: gather: axis 2 is out of range for [${V}, ${D}]
// expect-not: FirstError
import * as st from '../../src/index.js';

function embed<B extends number, T extends number, V extends number, D extends number>(table: st.Tensor<[V, D]>, ids: st.Tensor<[B, T], 'int32'>) {
  return st.gather(table, ids, 2); // error
}
export const lookup = embed;
