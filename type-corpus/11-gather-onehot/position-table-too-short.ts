// gather. Positions 0..31 looked up in a table, then added to a 16-token sequence: 32 vs 16.
// expect: add: shapes [4, 16, 32] and [32, 32] do not broadcast (16 vs 32)
import * as st from '../../src/index.js';

const tokTable = st.randomNormal([65, 32]);
const posTable = st.randomNormal([64, 32]);
const ids = st.zeros([4, 16], 'int32');
const pos = st.gather(posTable, st.range(0, 32, 1, 'int32'));
export const h = st.add(st.gather(tokTable, ids), pos); // error
