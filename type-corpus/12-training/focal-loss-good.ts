// cause: 12 training (new family): focal loss for class imbalance (RetinaNet): the true class's probability
// p_t read with a one-hot mask from softmax output, -(1 - p_t)^gamma * log p_t, averaged.
// expect: ok
import * as st from '../../src/index.js';

function focalLoss<B extends number, C extends number>(logits: st.Tensor<[B, C]>, labels: st.Tensor<[B], 'int32'>, classes: C, gamma = 2) {
  const logp = st.logSoftmax(logits);
  const hot = st.oneHot(labels, classes, 1, 0, 'float32');
  const logPt = st.sum(st.mul(logp, hot), -1);
  const pt = st.exp(logPt);
  return st.mean(st.neg(st.mul(st.pow(st.sub(1, pt), gamma), logPt)));
}
const w = st.variable(st.randomNormal([64, 3]));
const x = st.randomNormal([256, 64]);
const y = st.zeros([256], 'int32');
const { value, grads } = st.variableGrads(() => focalLoss(st.matMul(x, w), y, 3), { w });
new st.SGD({ learningRate: 0.01 }).apply({ w }, grads);
export const loss: number = value.item();
