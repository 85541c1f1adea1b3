// cause: 3 products. 4 x 32 and 8 x 16 are both 128: two factorizations of one literal dim agree.
// expect: ok
import * as st from '../../src/index.js';

const a: st.Tensor<[2, st.Mul<4, 32>]> = st.zeros([2, 128]);
const b: st.Tensor<[2, st.Mul<8, 16>]> = st.zeros([2, 128]);
export const s = st.add(a, b);
export const split = st.splitLastDim(s, 8, 16);
