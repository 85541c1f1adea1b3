// cause: 10 broadcast (outer broadcast, generic). In generic code, the positions' width is the patch dim P while the
// conditioning has the model dim D: the outer form must not let two different dims through.
// expect: add: shapes
// expect: do not broadcast
import * as st from '../../src/index.js';

export function table<B extends number, T extends number, D extends number, P extends number>(cond: st.Tensor<[B, 1, D]>, positions: st.Tensor<[1, T, P]>) {
  return st.add(cond, positions); // error
}
