// cause: 2 generic code. A pre-norm residual block: x + f(norm(x)), generic over leading dims.
// expect: ok
import * as st from '../../src/index.js';

function residual<L extends st.Shape, D extends number>(
  x: st.Tensor<[...L, D]>, weight: st.Tensor<[D]>, f: (h: st.Tensor<[...L, D]>) => st.Tensor<[...L, D]>,
): st.Tensor<[...L, D]> {
  return st.add(x, f(st.rmsNorm(x, weight, 1e-5)));
}
const w = st.randomNormal([64, 64]);
export const y = residual(st.randomNormal([2, 16, 64]), st.ones([64]), (h) => st.linear(h, w));
