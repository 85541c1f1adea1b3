// cause: 3 products: two helpers of one user written with different groupings of B * T * D: flatten gives
// Mul<B, Mul<T, D>>, unflatten takes Mul<Mul<B, T>, D>. In generic code the groupings are different types
// (docs/typing.md, Products), so the round trip converts with st.regroup, which checks the size at run time too.
// expect: ok
import * as st from '../../src/index.js';

function flatten<B extends number, T extends number, D extends number>(x: st.Tensor<[B, T, D]>): st.Tensor<[st.Mul<B, st.Mul<T, D>>]> {
  const [b, t, d] = x.shape;
  return st.reshape(x, [st.dimMul(b, st.dimMul(t, d))]);
}
function unflatten<B extends number, T extends number, D extends number>(flat: st.Tensor<[NoInfer<st.Mul<st.Mul<B, T>, D>>]>, b: B, t: T, d: D): st.Tensor<[B, T, D]> {
  return st.reshape(flat, [b, t, d]);
}
export function roundTrip<B extends number, T extends number, D extends number>(x: st.Tensor<[B, T, D]>) {
  const [b, t, d] = x.shape;
  return unflatten(st.regroup(flatten(x), [b, t, d]), b, t, d);
}
export const y: st.Tensor<[2, 3, 4]> = roundTrip(st.randomNormal([2, 3, 4]));
