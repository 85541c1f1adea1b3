// cause: 7 messages. A batched product with a weight of the wrong input size: the sentence, without the overloads listed.
// expect: matMul: inner dimensions differ (64 vs 32) in [2, 8, 64] @ [32, 16]
// expect-not: Overload 1 of
import * as st from '../../src/index.js';

const h = st.randomNormal([2, 8, 64]);
const w = st.randomNormal([32, 16]);
export const out = st.matMul(h, w); // error
