// cause: 1 union inference. Scores of one of two lengths, masked by a mask of one length.
// expect: where: shapes [8, 8] and [2, 4, 4] do not broadcast (8 vs 4)
import * as st from '../../src/index.js';

declare const longContext: boolean;
const scores = longContext ? st.zeros([2, 8, 8]) : st.zeros([2, 4, 4]);
const mask = st.causalMask(8);
export const masked = st.where(mask, scores, -1e9); // error
