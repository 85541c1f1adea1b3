// cause: 6 literal facts (new family): 4-bit quantisation shifting int32 codes by a half-step zero point
// (codes - 7.5): on an int32 tensor the 7.5 becomes 7 and every dequantised value is off by half a step.
// expect: sub: 7.5 is not an integer, but the tensor is int32 (the number would become 7); cast the tensor to float32 first
import * as st from '../../src/index.js';

export function dequant4(codes: st.Tensor<[64, 32], 'int32'>, scale: st.Tensor<[64, 1]>) {
  const centred = st.sub(codes, 7.5); // error
  return st.mul(st.cast(centred, 'float32'), scale);
}
