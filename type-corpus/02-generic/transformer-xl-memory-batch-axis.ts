// cause: 2 generic (new family): Transformer-XL's memory concatenated along the batch axis (0) instead of time:
// the memory [B, M, D] and the segment [B, T, D] differ off axis 0 in generic code.
// expect: concat: shapes [${B}, ${M}, ${D}] and [${B}, ${T}, ${D}] differ off the concat axis
import * as st from '../../src/index.js';

export function withMemory<B extends number, M extends number, T extends number, D extends number>(mem: st.Tensor<[B, M, D]>, h: st.Tensor<[B, T, D]>) {
  return st.concat([mem, h], 0); // error
}
