// cause: 6 literal facts: one-hot targets whose depth was computed as a fraction (21 classes halved for a
// binary-vs-rest split written as 21 / 2 = 10.5 by hand); tfjs would build rows of 10.
// expect: oneHot: depth must be an integer >= 2, got 10.5
import * as st from '../../src/index.js';

const labels = st.tensor(new Int32Array([0, 3, 7, 9]), [4], 'int32');
export const targets = st.oneHot(labels, 10.5, 1, 0, 'float32'); // error
