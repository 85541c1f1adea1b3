// cause: 3 products. Products of different factors are different dims: Mul<H, Dh> is not Mul<H, Dk>.
// expect: linear: input's last dim ${Mul<H, Dh>} does not match the weight [${Mul<H, Dk>}, 64]
import * as st from '../../src/index.js';

function valueProjection<H extends number, Dh extends number, Dk extends number, B extends number>(
  x: st.Tensor<[B, st.Mul<H, Dh>]>, w: st.Tensor<[st.Mul<H, Dk>, 64]>,
) {
  return st.linear(x, w); // error
}
export const f = valueProjection;
