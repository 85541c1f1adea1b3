// cause: 7 messages. A union of two weights: the message names the dims that differ, not "128 vs 128".
// expect: matMul: inner dimensions differ (128 vs 64) in [32, 128] @ [64, 10]
// expect-not: (128 vs 128)
import * as st from '../../src/index.js';

declare const small: boolean;
const w = small ? st.randomNormal([64, 10]) : st.randomNormal([128, 10]);
export const y = st.matMul(st.randomNormal([32, 128]), w); // error
