// cause: 4 kind tags. Top-k filtering done on probabilities (zero below the k-th) and fed to the loss as scores.
// expect: sparseSoftmaxCrossEntropy: expects logits, got probabilities
import * as st from '../../src/index.js';

function topKFilter<B extends number, V extends number>(probs: st.Probabilities<[B, V]>, k: number) {
  const { values } = st.topk(probs, 5);
  const kth = st.slice(values, [0, 4], [-1, 1]);
  return st.where(st.greaterEqual(probs, kth), probs, 0);
}
const probs = st.softmax(st.randomNormal([4, 64]));
export const loss = st.sparseSoftmaxCrossEntropy(topKFilter(probs, 5), st.zeros([4], 'int32')); // error
