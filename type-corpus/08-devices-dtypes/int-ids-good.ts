// dtypes. int32 positions, argMax labels and a bool mask from a comparison all have the dtypes their ops need.
// expect: ok
import * as st from '../../src/index.js';

const posTable = st.randomNormal([64, 32]);
export const pos = st.gather(posTable, st.range(0, 16, 1, 'int32'));
const logits = st.randomNormal([8, 10]);
export const loss = st.sparseSoftmaxCrossEntropy(logits, st.argMax(logits, -1));
export const masked = st.where(st.greater(logits, 0), logits, 0);
