// cause: 6 literal facts (new family): ALiBi's per-head slopes 2^-1 ... 2^-4 written as an int32 tensor (the dtype
// of the positions they multiply): tfjs would store them as zeros.
// expect: tensor: value 0.5 is not an integer, but the dtype is int32 (it would become 0); pass dtype 'float32'
import * as st from '../../src/index.js';

export function alibiBias(distances: st.Tensor<[1, 4, 16, 16], 'int32'>) {
  const slopes = st.tensor([0.5, 0.25, 0.125, 0.0625], [1, 4, 1, 1], 'int32'); // error
  return st.mul(distances, slopes);
}
