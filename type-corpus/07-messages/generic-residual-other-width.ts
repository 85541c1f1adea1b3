// cause: 7 messages. A residual helper that adds the sublayer's output of another width: add's sentence names both shapes.
// expect: add: shapes [${B}, ${T}, ${D}] and [${B}, ${T}, ${H}] do not broadcast
import * as st from '../../src/index.js';

function residual<B extends number, T extends number, D extends number, H extends number>(
  x: st.Tensor<[B, T, D]>, up: st.Tensor<[D, H]>,
) {
  const h = st.gelu(st.linear(x, up));
  return st.add(x, h); // error
}
export const f = residual;
