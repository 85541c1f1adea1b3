// cause: 10 broadcast/reduce. BatchNorm's running mean updated with the batch mean taken with keepDims ([1, 256])
// into a [256] buffer: assign needs the variable's own shape.
// expect: Variable.assign: the value must have the variable's shape, dtype and device
// expect: Tensor<[1, 256]
// expect: Tensor<[256]
import * as st from '../../src/index.js';

const runningMean = st.variable(st.zeros([256]));
const x = st.randomNormal([128, 256]);
const mu = st.mean(x, 0, true);
runningMean.assign(st.add(st.mul(runningMean, 0.9), st.mul(mu, 0.1))); // error
