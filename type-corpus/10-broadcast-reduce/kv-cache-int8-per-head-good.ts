// cause: 10 broadcast/reduce (new family): an int8 KV cache: keys quantised per head and position with a scale
// from the max |k| over the head dim (keepDims), codes as int32 in [-127, 127], dequantised for attention.
// expect: ok
import * as st from '../../src/index.js';

export function quantizeKeys(k: st.Tensor<[1, 8, 256, 64]>) {
  const scale = st.div(st.maximum(st.max(st.abs(k), -1, true), 1e-6), 127);       // [1, 8, 256, 1]
  const codes = st.clipByValue(st.cast(st.div(k, scale), 'int32'), -127, 127);
  return { codes, scale };
}
export function dequantizeKeys(codes: st.Tensor<[1, 8, 256, 64], 'int32'>, scale: st.Tensor<[1, 8, 256, 1]>) {
  return st.mul(st.cast(codes, 'float32'), scale);
}
const { codes, scale } = quantizeKeys(st.randomNormal([1, 8, 256, 64]));
export const back: st.Tensor<[1, 8, 256, 64]> = dequantizeKeys(codes, scale);
