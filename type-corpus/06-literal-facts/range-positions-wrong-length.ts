// cause: 6 literal facts: position ids for a 16-token window built with range(0, 15) (an off-by-one), then
// gathered from a [16, 64] position table and added to [16, 64] token embeddings.
// expect: add
import * as st from '../../src/index.js';

const posTable = st.randomNormal([16, 64]);
const tok = st.randomNormal([16, 64]);
const pos = st.gather(posTable, st.range(0, 15, 1, 'int32'));
export const h = st.add(tok, pos); // error
