// cause: 7 messages. A pre-norm block that normalises with the FFN's hidden-width weight: rmsNorm's sentence names D.
// expect: rmsNorm: weight [${Hd}] does not match the last dim ${D} of x
import * as st from '../../src/index.js';

function preNorm<L extends st.Shape, D extends number, Hd extends number>(
  x: st.Tensor<[...L, D]>, normWeight: st.Tensor<[Hd]>, up: st.Tensor<[D, Hd]>,
) {
  const h = st.rmsNorm(x, normWeight, 1e-5); // error
  return st.linear(h, up);
}
export const f = preNorm;
