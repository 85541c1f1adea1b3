// cause: 4 kind tags. A training step whose forward applies softmax before the loss (inside variableGrads).
// expect: sparseSoftmaxCrossEntropy: expects logits, got probabilities
import * as st from '../../src/index.js';

const w = st.variable(st.randomNormal([32, 10], 0, 0.02));
const x = st.randomNormal([16, 32]);
const labels = st.zeros([16], 'int32');
const opt = new st.Adam({ learningRate: 1e-3 });
const { grads } = st.variableGrads(() => {
  const probs = st.softmax(st.matMul(x, w));
  return st.sparseSoftmaxCrossEntropy(probs, labels); // error
}, { w });
opt.apply({ w }, grads);
