// cause: 6 literal facts. Label smoothing with oneHot's on/off values and dtype float32: soft targets
// [32, 10] whose rows sum to 1, against logSoftmax of the logits.
// expect: ok
import * as st from '../../src/index.js';

const classes = 10;
const smoothing = 0.1;
const logits = st.randomNormal([32, classes]);
const labels = st.zeros([32], 'int32');
const soft = st.oneHot(labels, classes, 1 - smoothing, smoothing / (classes - 1), 'float32');
export const loss: st.Tensor<[]> = st.neg(st.mean(st.sum(st.mul(soft, st.logSoftmax(logits)), -1)));
