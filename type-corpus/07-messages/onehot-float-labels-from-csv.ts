// cause: 7 messages: one-hot targets from float labels read from a CSV.
// expect: oneHot
import * as st from '../../src/index.js';

const labels = st.tensor([0, 2, 1, 3], [4]);
export const targets = st.oneHot(labels, 4); // error
