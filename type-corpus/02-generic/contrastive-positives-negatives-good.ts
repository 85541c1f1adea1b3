// cause: 2 generic code. A retrieval loss over positives and negatives joined along the batch (axis 0, and
// by default), with their labels joined the same way, then one binary cross-entropy over [Add<P, N>].
// expect: ok
import * as st from '../../src/index.js';

function scores<P extends number, N extends number, D extends number>(
  query: st.Tensor<[D]>, positives: st.Tensor<[P, D]>, negatives: st.Tensor<[N, D]>,
): st.Tensor<[st.Add<P, N>]> {
  const docs = st.concat([positives, negatives], 0);
  return st.sum(st.mul(docs, query), -1);
}
function labels<P extends number, N extends number>(p: P, n: N): st.Tensor<[st.Add<P, N>]> {
  return st.concat([st.ones([p]), st.zeros([n])]);
}
const logits = scores(st.randomNormal([16]), st.randomNormal([2, 16]), st.randomNormal([6, 16]));
export const target: st.Tensor<[8]> = labels(2, 6);
export const bce = st.mean(st.sub(st.log(st.add(st.exp(logits), 1)), st.mul(target, logits)));
