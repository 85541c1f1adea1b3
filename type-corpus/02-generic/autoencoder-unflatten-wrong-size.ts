// cause: 2 generic code. The autoencoder's decoder output [B, 784] unflattened as view(b, 28, 27) (a typo): 784 is
// not 28 * 27, refused over the generic batch too.
// expect: reshape
import * as st from '../../src/index.js';

export function unflatten<B extends number>(x: st.Tensor<[B, 784]>) {
  const [b] = x.shape;
  return st.reshape(x, [b, 28, 27]); // error
}
