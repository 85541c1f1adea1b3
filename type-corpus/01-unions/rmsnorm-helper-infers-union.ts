// cause: 1 union inference. A user's norm helper infers D from x and from the weight (64 vs 32).
// expect: a dim was inferred as 
// expect: they must be equal
// expect: 64
// expect: 32
import * as st from '../../src/index.js';

function norm<L extends st.Shape, D extends number>(x: st.Tensor<[...L, D]>, weight: st.Tensor<[D]>) {
  return st.rmsNorm(x, weight, 1e-5);
}

const h = st.randomNormal([4, 16, 64]);
const gain = st.ones([32]);
export const y = norm(h, gain); // error
