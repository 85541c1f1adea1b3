// cause: 4 kind tags. Probabilities kept as probabilities: sampling the argmax, an entropy, a typed return.
// expect: ok
import * as st from '../../src/index.js';

function predictive<B extends number, C extends number>(logits: st.Tensor<[B, C]>): st.Probabilities<[B, C]> {
  return st.softmax(logits);
}
const probs = predictive(st.randomNormal([8, 10]));
export const choice = st.argMax(probs, -1);
export const entropy = st.neg(st.sum(st.mul(probs, st.log(st.add(probs, 1e-9))), -1));
export const lp = st.sparseSoftmaxCrossEntropy(st.logSoftmax(st.randomNormal([8, 10])), st.zeros([8], 'int32'));
