// cause: 3 products (new family): a pixel shuffle by 2 applied to 10 channels (meant 12 = 3 * 2 * 2): the
// six-dim view cannot hold the tensor's elements.
// expect: reshape: 5120 elements cannot become [2, 3, 2, 2, 16, 16] (6144)
import * as st from '../../src/index.js';

export function pixelShuffle(x: st.Tensor<[2, 10, 16, 16]>) {
  const split = st.reshape(x, [2, 3, 2, 2, 16, 16]); // error
  return st.reshape(st.transpose(split, [0, 1, 4, 2, 5, 3]), [2, 3, 32, 32]);
}
