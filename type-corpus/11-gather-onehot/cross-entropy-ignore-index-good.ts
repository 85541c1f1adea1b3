// cause: 11 gather/one-hot (new family): cross-entropy with PyTorch's ignore_index = -100: padded targets are
// replaced by 0 for the lookup, the per-token losses masked, and the mean taken over the real tokens only.
// expect: ok
import * as st from '../../src/index.js';

const IGNORE = -100;
export function maskedCrossEntropy(logits: st.Tensor<[8, 64, 1000]>, targets: st.Tensor<[8, 64], 'int32'>) {
  const valid = st.notEqual(targets, IGNORE);
  const safe = st.where(valid, targets, 0);
  const perToken = st.sparseSoftmaxCrossEntropy(logits, safe, 'none');          // [8, 64]
  const weights = st.cast(valid, 'float32');
  return st.div(st.sum(st.mul(perToken, weights)), st.maximum(st.sum(weights), 1));
}
export const loss: st.Tensor<[]> = maskedCrossEntropy(st.randomNormal([8, 64, 1000]), st.zeros([8, 64], 'int32'));
