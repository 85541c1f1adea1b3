// cause: 4 kind tags. logSoftmax output handed to the cross-entropy (as F.nll_loss users do with log_softmax):
// log-probabilities are valid logits (softmax of them is the same distribution), so it compiles, and the
// user's helpers say what they take: `st.Kind` for any kind, `st.Probabilities` for softmax output.
// expect: ok
import * as st from '../../src/index.js';

function topClass<B extends number, C extends number, Dev extends st.Device>(scores: st.Tensor<[B, C], 'float32', Dev, st.Kind>) {
  return st.argMax(scores, -1);
}
function entropy<B extends number, C extends number>(p: st.Probabilities<[B, C]>): st.Tensor<[B]> {
  return st.neg(st.sum(st.mul(p, st.log(st.add(p, 1e-9))), -1));
}
const logits = st.randomNormal([16, 5]);
const labels = st.zeros([16], 'int32');
const logp = st.logSoftmax(logits);
export const nll: st.Tensor<[]> = st.sparseSoftmaxCrossEntropy(logp, labels);
export const fromProbs: st.Tensor<[16], 'int32'> = topClass(st.softmax(logits));
export const fromLogits: st.Tensor<[16], 'int32'> = topClass(logits);
export const h: st.Tensor<[16]> = entropy(st.exp(logp));
