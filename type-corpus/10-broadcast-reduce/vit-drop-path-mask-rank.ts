// cause: 10 broadcast. Stochastic depth with the per-sample keep mask drawn as [B, 1] instead of [B, 1, 1]:
// against [B, T, D] it lines up with [T, D] (B against T, 1 against D).
// expect: mul: shapes [${B}, ${T}, ${D}] and [${B}, 1] do not broadcast
import * as st from '../../src/index.js';

function dropPath<B extends number, T extends number, D extends number>(x: st.Tensor<[B, T, D]>, batch: B, rate: number) {
  const keep = st.cast(st.greaterEqual(st.randomUniform([batch, 1]), rate), 'float32');
  return st.mul(x, keep); // error
}
export const y = dropPath(st.randomNormal([8, 65, 192]), 8, 0.1);
