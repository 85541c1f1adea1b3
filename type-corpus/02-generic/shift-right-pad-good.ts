// cause: 2 generic code. A causal shift (token shift / teacher forcing): pad one step at the front of time, in a helper
// over any batch, time and width; tile a learned [1, 1, D] start vector over four positions.
// expect: ok
import * as st from '../../src/index.js';

function padFront<B extends number, T extends number, D extends number>(x: st.Tensor<[B, T, D]>): st.Tensor<[B, st.Add<T, 1>, D]> {
  return st.pad(x, [[0, 0], [1, 0], [0, 0]]);
}
function startRows<D extends number>(start: st.Tensor<[1, 1, D]>): st.Tensor<[1, 4, D]> {
  return st.tile(start, [1, 4, 1]);
}
export const y = padFront(st.randomNormal([2, 8, 32]));
export const width: st.Tensor<[2, 9, 32]> = y;
export const s = startRows(st.zeros([1, 1, 32]));
