// cause: 11 gather/one-hot (new family): speculative decoding's acceptance test: the target and draft models'
// probabilities of the K drafted tokens picked with a one-hot, accepted where u < min(1, p / q); the number of
// accepted tokens is the count of leading acceptances (a cumulative product written as a cumsum of rejections).
// expect: ok
import * as st from '../../src/index.js';

const K = 4, V = 32000;
export function acceptance(targetLogits: st.Tensor<[4, 32000]>, draftLogits: st.Tensor<[4, 32000]>, drafted: st.Tensor<[4], 'int32'>) {
  const pick = st.oneHot(drafted, V, 1, 0, 'float32');                    // [K, V]
  const p = st.sum(st.mul(st.softmax(targetLogits), pick), -1);           // [K]
  const q = st.sum(st.mul(st.softmax(draftLogits), pick), -1);
  const ratio = st.minimum(st.div(p, q), 1);
  const u = st.randomUniform([K], 0, 1, 'float32', 3);
  const rejected = st.cast(st.greaterEqual(u, ratio), 'int32');
  const leading = st.equal(st.cumsum(rejected), 0);                       // true until the first rejection
  return st.sum(st.cast(leading, 'int32'));
}
export const accepted: st.Tensor<[], 'int32'> = acceptance(st.randomNormal([K, V]), st.randomNormal([K, V]), st.zeros([K], 'int32'));
