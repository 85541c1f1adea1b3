// cause: 4 kind tags. A classifier method that computes inside st.tidy and returns softmax output as its logits.
// expect: probabilities
import * as st from '../../src/index.js';

class Classifier<D extends number, C extends number> {
  readonly w: st.Variable<[D, C]>;
  constructor(d: D, c: C) {
    this.w = st.variable(st.randomNormal([d, c], 0, 0.02));
  }
  logits<B extends number>(x: st.Tensor<[B, D]>): st.Tensor<[B, C]> {
    return st.tidy(() => st.matMul(x, this.w).softmax()); // error
  }
}
const clf = new Classifier(64, 10);
export const loss = st.sparseSoftmaxCrossEntropy(clf.logits(st.randomNormal([8, 64])), st.zeros([8], 'int32'));
