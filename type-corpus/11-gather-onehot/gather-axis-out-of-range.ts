// gather. Gathering columns along axis 2 of a [65, 32] table.
// expect: gather: axis 2 is out of range for [65, 32]
import * as st from '../../src/index.js';

const table = st.randomNormal([65, 32]);
export const cols = st.gather(table, st.zeros([4], 'int32'), 2); // error
