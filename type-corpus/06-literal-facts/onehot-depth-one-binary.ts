// cause: 6 literal facts: a binary classifier's targets built as oneHot(labels, 1) (one output unit, a sigmoid
// habit): a one-hot needs at least two classes.
// expect: oneHot: depth must be an integer >= 2, got 1
import * as st from '../../src/index.js';

const labels = st.tensor(new Int32Array([0, 1, 1, 0]), [4], 'int32');
export const targets = labels.oneHot(1); // error
