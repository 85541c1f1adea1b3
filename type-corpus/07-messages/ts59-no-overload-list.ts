// cause: 7 messages. Under TypeScript 5.9 the sentence comes without a list of every overload before it.
// expect: matMul: inner dimensions differ (64 vs 32) in [8, 64] @ [32, 16]
// expect-not: Overload 1 of
import * as st from '../../src/index.js';

const h = st.relu(st.randomNormal([8, 64]));
const w2 = st.randomNormal([32, 16]);
export const out = st.matMul(h, w2); // error
