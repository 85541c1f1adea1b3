// cause: 6 literal facts: every other position of a 16-token window (range with a step of 2) gathered from a
// [16, 64] position table: 8 rows.
// expect: ok
import * as st from '../../src/index.js';

const posTable = st.randomNormal([16, 64]);
export const even: st.Tensor<[8, 64]> = st.gather(posTable, st.range(0, 16, 2, 'int32'));
