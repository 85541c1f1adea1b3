// cause: 10 broadcast/reduce (new family): int8 quantisation with a zero point (asymmetric, per output channel):
// scale = (max - min) / 255 over each row, zero = -128 - min / scale, codes clipped to [-128, 127] as int32,
// dequantised (codes - zero) * scale; the round trip error is the mean squared difference.
// expect: ok
import * as st from '../../src/index.js';

export function roundTrip(w: st.Tensor<[256, 128]>) {
  const lo = st.min(w, 1, true);                                     // [256, 1]
  const hi = st.max(w, 1, true);
  const scale = st.div(st.sub(hi, lo), 255);
  const zero = st.sub(-128, st.div(lo, scale));
  const codes = st.clipByValue(st.cast(st.add(st.div(w, scale), zero), 'int32'), -128, 127);
  const deq = st.mul(st.sub(st.cast(codes, 'float32'), zero), scale);
  return st.mean(st.squaredDifference(deq, w));
}
export const err: st.Tensor<[]> = roundTrip(st.randomNormal([256, 128]));
