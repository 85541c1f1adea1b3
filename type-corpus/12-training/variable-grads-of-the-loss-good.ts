// cause: 12 training (a gradient function's result), good. The same step returning the mean cross-entropy.
// expect: ok
import * as st from '../../src/index.js';

const seeds = new st.SeedSequence(3);
const head = new st.Linear(64, 10, seeds, 'default');
const opt = new st.Adam({ learningRate: 1e-3 });
export function step(x: st.Tensor<[32, 64]>, labels: st.Tensor<[32], 'int32'>) {
  const { value, grads } = st.variableGrads(() => st.sparseSoftmaxCrossEntropy(head.forward(x), labels), head.parameters());
  opt.apply(head.parameters(), grads);
  return value;
}
