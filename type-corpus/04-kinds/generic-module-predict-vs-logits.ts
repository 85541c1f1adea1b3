// cause: 4 kind tags. A generic classifier module with both `logits()` and `predict()` (softmax); the training
// step calls predict() by mistake. The method's inferred return type carries the tag to the loss.
// expect: sparseSoftmaxCrossEntropy: expects logits, got probabilities (softmax output)
import * as st from '../../src/index.js';

class Classifier<D extends number, C extends number> extends st.Module {
  readonly fc: st.Linear<D, C>;
  constructor(d: D, c: C) { super(); this.fc = new st.Linear(d, c, new st.SeedSequence(1), 'default'); }
  logits<B extends number>(x: st.Tensor<[B, D]>) { return this.fc.forward(x); }
  predict<B extends number>(x: st.Tensor<[B, D]>) { return st.softmax(this.logits(x)); }
}
const clf = new Classifier(128, 10);
const x = st.randomNormal([32, 128]);
const y = st.zeros([32], 'int32');
export const step = st.variableGrads(() => st.sparseSoftmaxCrossEntropy(clf.predict(x), y), clf.parameters()); // error
