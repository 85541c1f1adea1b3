// cause: 6 literal facts. Replacing padded ids with a "half" sentinel: int32 ids cannot hold -0.5.
// expect: where
import * as st from '../../src/index.js';

const ids = st.zeros([4, 16], 'int32');
const pad = st.equal(ids, 0);
export const marked = st.where(pad, ids, -0.5); // error
