// cause: 10 broadcast/reduce. The padding mask of a 16-token batch combined with a causal mask built for the
// block size 8.
// expect: logicalAnd: shapes [4, 1, 16] and [8, 8] do not broadcast (16 vs 8)
import * as st from '../../src/index.js';

const keep = st.ones([4, 1, 16], 'bool');
export const mask = st.logicalAnd(keep, st.causalMask(8)); // error
