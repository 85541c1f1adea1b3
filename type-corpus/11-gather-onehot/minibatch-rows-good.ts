// cause: 11 gather/one-hot. The same mini-batch with the indices cast to int32: rows of the images and of the
// labels, a linear classifier on them.
// expect: ok
import * as st from '../../src/index.js';

const data = st.randomNormal([50000, 784]);
const labels = st.zeros([50000], 'int32');
const idx = st.cast(st.mul(st.randomUniform([128], 0, 1, 'float32', 5), 50000), 'int32');
const xb = st.gather(data, idx);
const yb = st.gather(labels, idx);
const w = st.variable(st.zeros([784, 10]));
const { value } = st.variableGrads(() => st.sparseSoftmaxCrossEntropy(st.matMul(xb, w), yb), { w });
export const loss: number = value.item();
