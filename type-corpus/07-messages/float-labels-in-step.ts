// cause: 7 messages. Labels made by a float range: the loss says labels must be int32.
// expect: sparseSoftmaxCrossEntropy: labels must be int32, got float32
import * as st from '../../src/index.js';

const logits = st.randomNormal([8, 10]);
const labels = st.range(0, 8);
export const loss = st.sparseSoftmaxCrossEntropy(logits, labels); // error
