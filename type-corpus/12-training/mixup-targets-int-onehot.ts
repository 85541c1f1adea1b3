// cause: 12 training. Mixup with the one-hot targets left int32 (oneHot's default dtype): lam * y is refused,
// since tfjs would turn 0.7 into 0.
// expect: mul: 0.7 is not an integer, but the tensor is int32
import * as st from '../../src/index.js';

const labels = st.zeros([16], 'int32');
const perm = st.zeros([16], 'int32');
const y = st.oneHot(labels, 10);
const lam = 0.7;
const yMixed = st.add(st.mul(y, lam), st.mul(st.gather(y, perm), 1 - lam)); // error
export { yMixed };
