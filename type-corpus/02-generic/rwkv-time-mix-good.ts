// cause: 2 generic (new family): RWKV's token shift and time-mix in a generic block: the previous token's
// features (zero at t = 0) by padding the time axis and dropping the last step, mixed per channel as
// x * mu + xx * (1 - mu), then the receptance, key and value projections.
// expect: ok
import * as st from '../../src/index.js';

export function timeMix<B extends number, T extends number, C extends number>(
  x: st.Tensor<[B, T, C]>, muR: st.Tensor<[C]>, muK: st.Tensor<[C]>, muV: st.Tensor<[C]>,
  wR: st.Tensor<[C, C]>, wK: st.Tensor<[C, C]>, wV: st.Tensor<[C, C]>, t: T,
) {
  const shifted = st.slice(st.pad(x, [[0, 0], [1, 0], [0, 0]]), [0, 0, 0], [-1, t, -1]);   // x[:, t-1]
  const mix = (mu: st.Tensor<[C]>) => st.add(st.mul(x, mu), st.mul(shifted, st.sub(1, mu)));
  const r = st.sigmoid(st.matMul(mix(muR), wR));
  const k = st.matMul(mix(muK), wK);
  const v = st.matMul(mix(muV), wV);
  return { r, k, v };
}
