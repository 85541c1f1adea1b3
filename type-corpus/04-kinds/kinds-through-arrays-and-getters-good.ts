// cause: 4 kind tags, good. Probabilities kept where they are meant: an array typed st.Probabilities for the UI,
// a getter returning them, the loss on the logits, and top-k of the probabilities for display (still probabilities).
// expect: ok
import * as st from '../../src/index.js';

class Classifier {
  constructor(readonly w: st.Variable<[64, 5]>, readonly x: st.Tensor<[32, 64]>) {}
  logits() {
    return st.matMul(this.x, this.w);
  }
  get probs(): st.Probabilities<[32, 5]> {
    return st.softmax(this.logits());
  }
}
const model = new Classifier(st.variable(st.zeros([64, 5])), st.zeros([32, 64]));
const shown: st.Probabilities<[32, 5]>[] = [model.probs];
export const loss = st.sparseSoftmaxCrossEntropy(model.logits(), st.zeros([32], 'int32'));
export const top2: st.Probabilities<[32, 2]> = st.topk(shown[0], 2).values;
