// cause: 8 dtypes (new family): a weight-only quantised linear layer multiplying the activations by the int8
// codes (held as int32) before dequantising them.
// expect: matMul
// expect: int32
import * as st from '../../src/index.js';

export function qLinear(x: st.Tensor<[16, 128]>, codes: st.Tensor<[128, 64], 'int32'>, scale: st.Tensor<[1, 64]>) {
  return st.mul(st.matMul(x, codes), scale); // error
}
