// cause: 2 generic code. Sampling takes the logits of the last position: slice [B, T, V] to [B, 1, V].
// expect: ok
import * as st from '../../src/index.js';

function lastLogits<B extends number, T extends number, V extends number>(logits: st.Tensor<[B, T, V]>): st.Tensor<[B, V]> {
  const [, t] = logits.shape;
  const last = st.slice(logits, [0, t - 1, 0], [-1, 1, -1]);
  return st.squeeze(last, [1]);
}
export const next = st.argMax(lastLogits(st.randomNormal([1, 32, 65])), -1);
