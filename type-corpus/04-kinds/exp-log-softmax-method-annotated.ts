// cause: 4 kind tags. A policy class whose `logits()` method computes exp(logSoftmax(x)) (the probabilities,
// through exp of log-probabilities) and declares a plain tensor: the return annotation refuses it.
// expect: probabilities
import * as st from '../../src/index.js';

class Policy {
  constructor(readonly w: st.Variable<[32, 4]>) {}
  logits(obs: st.Tensor<[64, 32]>): st.Tensor<[64, 4]> {
    const logp = st.logSoftmax(st.matMul(obs, this.w));
    return st.exp(logp); // error
  }
}
export const pi = new Policy(st.variable(st.randomNormal([32, 4])));
