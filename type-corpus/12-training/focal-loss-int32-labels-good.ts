// cause: 12 training. Focal loss (RetinaNet) with int32 labels: p_t gathered by a float one-hot of the labels,
// (1 - p_t)^gamma * -log(p_t), alpha-weighted per class from a [C] vector, averaged; trained one step.
// expect: ok
import * as st from '../../src/index.js';

function focalLoss<B extends number, C extends number>(
  logits: st.Tensor<[B, C]>, labels: st.Tensor<[B], 'int32'>, alpha: st.Tensor<[C]>, gamma: number,
) {
  const [, c] = logits.shape;
  const logp = st.logSoftmax(logits, -1);
  const onehot = st.oneHot(labels, c, 1, 0, 'float32');
  const logpt = st.sum(st.mul(logp, onehot), -1);
  const pt = st.exp(logpt);
  const at = st.sum(st.mul(onehot, alpha), -1);
  return st.mean(st.mul(st.mul(at, st.pow(st.sub(1, pt), gamma)), st.neg(logpt)));
}
const fc = new st.Linear(20, 5, new st.SeedSequence(2), 'default');
const params = fc.parameters();
const x = st.randomNormal([8, 20]);
const labels = st.tensor(Int32Array.from([0, 1, 2, 3, 4, 0, 1, 2]), [8], 'int32');
const alpha = st.tensor([0.25, 0.75, 0.75, 0.75, 0.75], [5]);
const { value, grads } = st.variableGrads(() => focalLoss(fc.forward(x), labels, alpha, 2), params);
new st.Adam({ learningRate: 1e-3 }).apply(params, grads);
export const l: number = value.item();
