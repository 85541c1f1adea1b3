// cause: 1 union inference. A width from a ternary is the dim 256 | 512; the weight fits only 512.
// expect: matMul: inner dimensions differ
// expect: 256
import * as st from '../../src/index.js';

declare const large: boolean;
const width = large ? 512 : 256;
const w = st.randomNormal([width, 10]);
const x = st.randomNormal([4, 512]);
export const y = st.matMul(x, w); // error
