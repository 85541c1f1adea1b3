// cause: 10 broadcast: a per-channel bias for images [B, C, H, W] reshaped to [C, 1] instead of [C, 1, 1] in a
// generic block: it lines up with [H, W], so channels meet rows.
// expect: add: shapes
import * as st from '../../src/index.js';

export function biasAct<B extends number, C extends number, H extends number, W extends number>(
  x: st.Tensor<[B, C, H, W]>, bias: st.Tensor<[C]>,
) {
  const [c] = bias.shape;
  const b2 = st.reshape(bias, [c, 1]);
  return st.relu(st.add(x, b2)); // error
}
