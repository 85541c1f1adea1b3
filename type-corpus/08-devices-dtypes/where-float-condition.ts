// dtypes. A mask computed as floats (1 - causal) used as where's condition.
// expect: where: condition must be bool, got float32
import * as st from '../../src/index.js';

const keep = st.sub(st.ones([8, 8]), st.cast(st.causalMask(8), 'float32'));
const scores = st.randomNormal([2, 8, 8]);
export const masked = st.where(keep, scores, -1e9); // error
