// cause: 7 messages. A cache of 8 heads extended with a step of 4 heads: a concat sentence naming both shapes.
// expect: concat: shapes [1, 8, 31, 64] and [1, 4, 1, 64] differ at axis 1 (8 vs 4)
import * as st from '../../src/index.js';

const cache = st.zeros([1, 8, 31, 64]);
const step = st.randomNormal([1, 4, 1, 64]);
export const grown = st.concat([cache, step], 2); // error
