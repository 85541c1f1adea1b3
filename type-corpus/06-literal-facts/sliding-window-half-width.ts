// cause: 6 literal facts (new family): a sliding-window mask with the window given as half the context
// (T / 2 with T = 63, i.e. 31.5) compared against int32 position differences: the bound would become 31.
// expect: less: 31.5 is not an integer, but the tensor is int32 (the number would become 31); cast the tensor to float32 first
import * as st from '../../src/index.js';

const T = 63;
export function band() {
  const pos = st.range(0, T, 1, 'int32');
  const diff = st.sub(st.reshape(pos, [T, 1]), st.reshape(pos, [1, T]));
  const half = 31.5;
  return st.logicalAnd(st.greaterEqual(diff, 0), st.less(diff, half)); // error
}
