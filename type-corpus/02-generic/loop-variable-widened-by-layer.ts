// cause: 2 generic: a loop whose layer widens the stream ([D, 2 * D] weights) assigned back to the [B, T, D]
// loop variable: the residual add is refused.
// expect: add
import * as st from '../../src/index.js';

export function stack<B extends number, T extends number>(x: st.Tensor<[B, T, 32]>, ws: st.Tensor<[32, 64]>[]) {
  let h = x;
  for (const w of ws) h = st.add(h, st.matMul(h, w)); // error
  return h;
}
