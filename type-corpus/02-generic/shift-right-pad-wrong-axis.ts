// cause: 2 generic code. The causal shift pads the batch axis instead of time: the result is [B + 1, T, D], and the
// helper says it returns [B, T + 1, D].
// expect: Add<B, 1>
import * as st from '../../src/index.js';

function padTime<B extends number, T extends number, D extends number>(x: st.Tensor<[B, T, D]>): st.Tensor<[B, st.Add<T, 1>, D]> {
  return st.pad(x, [[1, 0], [0, 0], [0, 0]]); // error
}
export const y = padTime(st.randomNormal([2, 8, 32]));
