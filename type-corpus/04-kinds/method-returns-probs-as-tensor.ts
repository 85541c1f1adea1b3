// cause: 4 kind tags. A method typed to return logits hands back probabilities through a local variable.
// expect: probabilities
import * as st from '../../src/index.js';

class Classifier<D extends number, C extends number> {
  constructor(readonly w: st.Tensor<[D, C]>) {}
  logits<B extends number>(x: st.Tensor<[B, D]>): st.Tensor<[B, C]> {
    const scores = st.matMul(x, this.w);
    const normalised = st.softmax(scores);
    return normalised; // error
  }
}
export const c = new Classifier(st.randomNormal([16, 4]));
