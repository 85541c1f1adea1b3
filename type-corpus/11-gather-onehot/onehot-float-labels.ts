// oneHot. One-hot of labels that were cast to float32 for a mean.
// expect: oneHot: indices must be int32, got float32
import * as st from '../../src/index.js';

const labels = st.cast(st.zeros([8], 'int32'), 'float32');
export const hot = st.oneHot(labels, 10); // error
