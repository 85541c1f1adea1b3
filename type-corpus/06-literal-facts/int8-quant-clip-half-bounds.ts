// cause: 6 literal facts (new family): int8 weight quantisation with symmetric per-row scales: the rounded
// codes (int32) are clipped to [-127.5, 127.5], bounds tfjs would truncate to -127 and 127 on an int32 tensor.
// expect: clipByValue: -127.5 is not an integer, but the tensor is int32 (the number would become -127); cast the tensor to float32 first
import * as st from '../../src/index.js';

export function quantize(w: st.Tensor<[256, 128]>) {
  const scale = st.div(st.max(st.abs(w), 1, true), 127);            // [256, 1]
  const codes = st.cast(st.add(st.div(w, scale), 0.5), 'int32');
  const q = st.clipByValue(codes, -127.5, 127.5); // error
  return { q, scale };
}
