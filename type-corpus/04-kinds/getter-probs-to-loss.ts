// cause: 4 kind tags (a class getter). A classifier exposes `probs` as a getter for its demo UI and `logits` as a
// method; the training loop reads the getter.
// expect: sparseSoftmaxCrossEntropy: expects logits, got probabilities
import * as st from '../../src/index.js';

class Classifier {
  constructor(readonly w: st.Variable<[64, 5]>, readonly x: st.Tensor<[32, 64]>) {}
  logits() {
    return st.matMul(this.x, this.w);
  }
  get probs() {
    return st.softmax(this.logits());
  }
}
const model = new Classifier(st.variable(st.zeros([64, 5])), st.zeros([32, 64]));
export const loss = st.sparseSoftmaxCrossEntropy(model.probs, st.zeros([32], 'int32')); // error
