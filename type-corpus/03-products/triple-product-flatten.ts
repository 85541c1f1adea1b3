// cause: 3 products. Flattening a [B, T, D] batch to one vector of B x T x D elements, and back.
// expect: ok
import * as st from '../../src/index.js';

function roundTrip<B extends number, T extends number, D extends number>(x: st.Tensor<[B, T, D]>): st.Tensor<[B, T, D]> {
  const [b, t, d] = x.shape;
  const flat = st.reshape(x, [st.dimMul(b, st.dimMul(t, d))]);
  return st.reshape(flat, [b, t, d]);
}
export const y = roundTrip(st.zeros([2, 16, 64]));
