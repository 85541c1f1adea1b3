// cause: 12 training (a gradient function's result). A classifier's training step returns the logits where it
// meant their cross-entropy: variableGrads needs a scalar loss (tfjs would throw at run time).
// expect: variableGrads: the function must return a scalar loss (shape [])
import * as st from '../../src/index.js';

const seeds = new st.SeedSequence(3);
const head = new st.Linear(64, 10, seeds, 'default');
const opt = new st.Adam({ learningRate: 1e-3 });
export function step(x: st.Tensor<[32, 64]>, labels: st.Tensor<[32], 'int32'>) {
  const { value, grads } = st.variableGrads(() => { // error
    const logits = head.forward(x);
    void st.sparseSoftmaxCrossEntropy(logits, labels);
    return logits;
  }, head.parameters());
  opt.apply(head.parameters(), grads);
  return value;
}
