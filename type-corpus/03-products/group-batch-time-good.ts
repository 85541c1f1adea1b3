// cause: 3 products. Either grouping of a flattened batch is the same dim: (B x T) x D and B x (T x D).
// expect: ok
import * as st from '../../src/index.js';

function flatAll<B extends number, T extends number, D extends number>(x: st.Tensor<[B, T, D]>) {
  const [b, t, d] = x.shape;
  const byRows = st.reshape(x, [st.dimMul(b, t), d]);
  const flatFromRows = st.reshape(byRows, [st.dimMul(st.dimMul(b, t), d)]);
  const flatDirect: st.Tensor<[st.Mul<B, st.Mul<T, D>>]> = st.reshape(x, [st.dimMul(b, st.dimMul(t, d))]);
  return st.add(st.reshape(flatFromRows, [b, t, d]), st.reshape(flatDirect, [b, t, d]));
}
export const y: st.Tensor<[2, 3, 4]> = flatAll(st.ones([2, 3, 4]));
