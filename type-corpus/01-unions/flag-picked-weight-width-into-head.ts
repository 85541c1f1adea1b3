// cause: 1 unions: a weight picked by a flag between two widths, multiplied into a fixed-width head.
// expect: matMul
import * as st from '../../src/index.js';

declare const wide: boolean;
const w1 = wide ? st.randomNormal([128, 256]) : st.randomNormal([128, 64]);
const head = st.randomNormal([256, 10]);
export const y = st.matMul(st.matMul(st.randomNormal([4, 128]), w1), head); // error
