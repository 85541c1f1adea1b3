// cause: 6 literal facts. Token counts (int32) compared with a fractional threshold: tfjs would compare with 0.
// expect: greater: 0.5 is not an integer, but the tensor is int32
import * as st from '../../src/index.js';

const ids = st.zeros([4, 16], 'int32');
const counts = st.sum(st.oneHot(ids, 65), 1);
export const seen = st.greater(counts, 0.5); // error
