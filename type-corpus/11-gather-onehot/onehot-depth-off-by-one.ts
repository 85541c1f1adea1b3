// oneHot. A hand-written cross-entropy whose one-hot depth (64) misses the vocab (65).
// expect: mul: shapes [8, 65] and [8, 64] do not broadcast (65 vs 64)
import * as st from '../../src/index.js';

const logp = st.logSoftmax(st.randomNormal([8, 65]));
const target = st.oneHot(st.zeros([8], 'int32'), 64, 1, 0, 'float32');
export const nll = st.neg(st.sum(st.mul(logp, target), -1)); // error
