// cause: 7 messages. A head with a bias of the hidden width: under TypeScript 5.9 too, linear's bias sentence alone, no list of overloads.
// expect: linear: bias [64] does not match the weight's output dim 10
// expect-not: Overload 1 of
import * as st from '../../src/index.js';

const hidden = st.relu(st.linear(st.randomNormal([8, 32]), st.randomNormal([32, 64])));
const head = st.randomNormal([64, 10]);
const bias = st.zeros([64]);
export const logits = st.linear(hidden, head, bias); // error
