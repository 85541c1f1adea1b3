// reductions. A per-token loss summed over axis 2 of a [B, T] tensor.
// expect: sum: axis 2 is out of range for [4, 16]
import * as st from '../../src/index.js';

const logits = st.randomNormal([4, 16, 65]);
const perToken = st.sparseSoftmaxCrossEntropy(logits, st.zeros([4, 16], 'int32'), 'none');
export const perSequence = st.sum(perToken, 2); // error
