// cause: 7 messages: an embedding lookup with ids left as float32 after a division.
// expect: gather
import * as st from '../../src/index.js';

const table = st.randomNormal([65, 32]);
const ids = st.div(st.tensor([2, 4, 6], [3]), 2);
export const rows = st.gather(table, ids); // error
