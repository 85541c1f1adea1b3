// cause: 8 dtypes (new family): dequantising int8 codes (held as int32) by multiplying them by the float32
// per-channel scales without casting the codes first.
// expect: mul: dtypes differ (int32 vs float32); cast one with cast(x, 'int32')
import * as st from '../../src/index.js';

export function dequantize(codes: st.Tensor<[256, 128], 'int32'>, scale: st.Tensor<[256, 1]>) {
  return st.mul(codes, scale); // error
}
