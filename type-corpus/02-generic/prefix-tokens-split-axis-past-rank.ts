// cause: 2 generic code. The prefix split along an axis the tensor does not have (axis 3 of a rank-3 [B, T, D]): the
// generic sizes form needs an axis in range, so the checked signature says so.
// expect: split: axis 3 is out of range for [${B}, ${T}, ${D}]
import * as st from '../../src/index.js';

function dropPrefix<B extends number, T extends number, D extends number, P extends number>(h: st.Tensor<[B, T, D]>, prefix: P) {
  return st.split(h, [prefix, -1], 3); // error
}
export const out = dropPrefix(st.randomNormal([2, 10, 16]), 4);
