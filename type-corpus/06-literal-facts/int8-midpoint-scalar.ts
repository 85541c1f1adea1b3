// cause: 6 literal facts (new family): an unsigned-to-signed int8 shift written with the midpoint 127.5 as an
// int32 scalar: tfjs stores 127, so every code would be off by half a step.
// expect: scalar: 127.5 is not an integer, but the dtype is int32 (it would become 127); pass dtype 'float32'
import * as st from '../../src/index.js';

export function toSigned(codes: st.Tensor<[256, 128], 'int32'>) {
  const mid = st.scalar(127.5, 'int32'); // error
  return st.sub(codes, mid);
}
