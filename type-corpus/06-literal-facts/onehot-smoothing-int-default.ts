// cause: 6 literal facts. Label smoothing with oneHot's on/off values (0.9 and 0.1 / 9), leaving the dtype at
// its default, int32 (as tfjs): every value truncates to 0 and the soft targets are all zeros. The fractions
// are literals, so the compiler can refuse them for an int32 one-hot as fill does.
// expect: oneHot: 0.9 is not an integer
import * as st from '../../src/index.js';

const logits = st.randomNormal([32, 10]);
const labels = st.zeros([32], 'int32');
const soft = st.oneHot(labels, 10, 0.9, 0.1 / 9); // error
const loss = st.neg(st.mean(st.sum(st.mul(st.cast(soft, 'float32'), st.logSoftmax(logits)), -1)));
export const value: number = loss.item();
