// cause: 2 generic code. Bart's _shape of a 768-wide memory with 12 heads of 60 (a head dim copied from another
// config): view(bsz, -1, 12, 60), in a helper generic over batch and length.
// expect: reshape: [${B}, ${S}, 768] to [${B}, -1, 12, 60]
import * as st from '../../src/index.js';

export function shape<B extends number, S extends number>(t: st.Tensor<[B, S, 768]>) {
  const [bsz] = t.shape;
  return st.transpose(st.reshape(t, [bsz, -1, 12, 60]), [0, 2, 1, 3]); // error
}
