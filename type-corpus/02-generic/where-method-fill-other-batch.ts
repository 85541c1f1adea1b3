// cause: 2 generic code. The method form of where with a fill tensor built for another batch size: the
// leading dims of the fill must be the scores' (a spread of the scores' leading dims would take either).
// expect: where: shapes [2, 4, 8, 8] and [3, 4, 8, 8] do not broadcast (2 vs 3)
import * as st from '../../src/index.js';

const q = st.randomNormal([2, 4, 8, 16]);
const k = st.randomNormal([2, 4, 8, 16]);
const scores = st.matMul(q, k, false, true);
const floor = st.fill([3, 4, 8, 8], -1e9);
export const masked = scores.where(st.causalMask(8), floor); // error
