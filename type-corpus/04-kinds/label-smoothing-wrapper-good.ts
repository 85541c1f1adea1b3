// cause: 4 kinds. Label-smoothed cross-entropy as a user's loss wrapper over any leading dims: (1 - eps) * the
// usual loss + eps * the mean of -logSoftmax over classes; the model returns logits (values), the wrapper is
// typed for them, and a probabilities tensor is still refused by the inner loss.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

function smoothedLoss<L extends st.Shape, C extends number>(logits: st.Tensor<[...L, C]>, labels: st.Tensor<L, 'int32'>, eps: number) {
  const nll = st.sparseSoftmaxCrossEntropy(logits, labels);
  const uniform = st.neg(st.mean(st.logSoftmax(logits)));
  return st.add(st.mul(nll, 1 - eps), st.mul(uniform, eps));
}

const head = st.variable(st.randomNormal([64, 1000], 0, 0.02));
function step(features: st.Tensor<[8, 16, 64]>, labels: st.Tensor<[8, 16], 'int32'>) {
  return st.variableGrads(() => smoothedLoss(st.matMul(features, head), labels, 0.1), { head });
}
const { value, grads } = step(st.randomNormal([8, 16, 64]), st.zeros([8, 16], 'int32'));
export const scalar: Eq<typeof value.shape, []> = true;
export const gradShape: Eq<typeof grads.head.shape, [64, 1000]> = true;
