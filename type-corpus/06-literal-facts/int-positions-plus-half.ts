// cause: 6 literal facts. Position ids (int32) shifted by a half step for an interpolated RoPE: the 0.5
// becomes 0 on an int32 tensor.
// expect: add: 0.5 is not an integer, but the tensor is int32
import * as st from '../../src/index.js';

function positions<T extends number>(t: T) {
  return st.range(0, t, 1, 'int32');
}
const pos = positions(16);
export const shifted = st.add(pos, 0.5); // error
