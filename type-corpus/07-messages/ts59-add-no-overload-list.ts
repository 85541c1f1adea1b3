// cause: 7 messages. A broadcast error of add: the sentence, without five overloads printed before it.
// expect: add: shapes [4, 16, 64] and [16, 4] do not broadcast (64 vs 4)
// expect-not: Overload 1 of
import * as st from '../../src/index.js';

const h = st.randomNormal([4, 16, 64]);
const pos = st.randomNormal([16, 4]);
export const x = st.add(h, pos); // error
