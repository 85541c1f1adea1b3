// cause: 4 kind tags. Attention-style masking of softmax output (zeroed where padded) is still probabilities.
// expect: sparseSoftmaxCrossEntropy: expects logits, got probabilities
import * as st from '../../src/index.js';

function maskedProbs<B extends number, C extends number>(logits: st.Tensor<[B, C]>, valid: st.Tensor<[B, C], 'bool'>) {
  return st.where(valid, st.softmax(logits), 0);
}
const logits = st.randomNormal([4, 12]);
const valid = st.greater(st.randomUniform([4, 12]), 0.1);
export const loss = st.sparseSoftmaxCrossEntropy(maskedProbs(logits, valid), st.zeros([4], 'int32')); // error
