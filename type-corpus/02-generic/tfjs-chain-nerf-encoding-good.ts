// cause: 2 generic (new family): NeRF's positional encoding as a method chain in a generic helper over the
// number of points: x[..., None] * freqs, sin and cos concatenated on the last axis.
// expect: ok
import * as st from '../../src/index.js';

export function encode<N extends number, L extends number>(x: st.Tensor<[N, 3]>, freqs: st.Tensor<[L]>) {
  const angles = x.expandDims(-1).mul(freqs);                                    // [N, 3, L]
  return angles.sin().concat(angles.cos(), -1);
}
