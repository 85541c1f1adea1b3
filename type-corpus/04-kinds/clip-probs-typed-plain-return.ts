// cause: 4 kind tags. A classifier head annotated as returning a plain tensor, whose body returns clipped softmax.
// expect: probabilities
import * as st from '../../src/index.js';

function head<B extends number, F extends number, C extends number>(x: st.Tensor<[B, F]>, w: st.Tensor<[F, C]>): st.Tensor<[B, C]> {
  return st.clipByValue(st.softmax(st.matMul(x, w)), 1e-7, 1); // error
}
export const out = head(st.randomNormal([8, 32]), st.randomNormal([32, 4]));
