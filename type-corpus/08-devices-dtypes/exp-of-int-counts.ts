// dtypes. exp of int32 token counts (a softmax over counts written by hand).
// expect: exp: tensor must be float32, got int32
import * as st from '../../src/index.js';

const counts = st.sum(st.oneHot(st.zeros([64], 'int32'), 65), 0);
export const weights = st.exp(counts); // error
