// cause: 6 literal facts. Karpathy's loss on a batch of literal dims: B, T, C = logits.shape, then
// logits.view(B * T, 64) with the vocabulary size copied from another run (65 here): b * t is known only at run
// time, but 2080 elements can never be rows of 64.
// expect: reshape: 2080 elements cannot become [?, 64]: 2080 is not a multiple of 64
import * as st from '../../src/index.js';

const logits = st.randomNormal([4, 8, 65]);
const targets = st.zeros([4, 8], 'int32');
const [b, t] = logits.shape;
const flat = logits.reshape([b * t, 64]); // error
export const loss = st.sparseSoftmaxCrossEntropy(flat, targets.reshape([b * t]));
