// cause: 2 generic code. A per-position gate [...L, D] times a per-position scalar: expandDims at -1.
// expect: ok
import * as st from '../../src/index.js';

function gate<L extends st.Shape, D extends number>(x: st.Tensor<[...L, D]>, g: st.Tensor<L>): st.Tensor<[...L, D]> {
  const col = st.expandDims(g, -1);
  return st.mul(x, col);
}
export const gated = gate(st.randomNormal([2, 16, 64]), st.sigmoid(st.randomNormal([2, 16])));
