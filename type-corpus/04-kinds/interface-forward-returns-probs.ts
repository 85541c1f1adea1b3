// cause: 4 kind tags. A model class implementing the user's own `Classifier` interface (forward returns
// logits, as the training loop assumes) whose forward ends in softmax: the interface's return type catches it.
// expect: Type '"probabilities"' is not assignable to type '"values"'
import * as st from '../../src/index.js';

interface Classifier<D extends number, C extends number> {
  forward<B extends number>(x: st.Tensor<[B, D]>): st.Tensor<[B, C]>;
}
class SoftmaxRegression<D extends number, C extends number> extends st.Module implements Classifier<D, C> {
  readonly proj: st.Linear<D, C>;
  constructor(d: D, c: C) {
    super();
    this.proj = new st.Linear(d, c, new st.SeedSequence(0), 'default');
  }
  forward<B extends number>(x: st.Tensor<[B, D]>) { // error
    return st.softmax(this.proj.forward(x));
  }
}
export const model = new SoftmaxRegression(784, 10);
