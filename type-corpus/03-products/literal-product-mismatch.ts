// cause: 3 products. A product dim evaluates: Mul<8, 16> is 128, so a [2, 130] input is caught with both numbers.
// expect: linear: input's last dim 130 does not match the weight [128, 64] (expects 128)
import * as st from '../../src/index.js';

const w: st.Tensor<[st.Mul<8, 16>, 64]> = st.randomNormal([128, 64]);
export const y = st.linear(st.zeros([2, 130]), w); // error
