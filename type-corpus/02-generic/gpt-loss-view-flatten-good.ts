// cause: 2 generic code. nanoGPT's loss, `F.cross_entropy(logits.view(-1, logits.size(-1)), targets.view(-1))`,
// in a generic training step: [B, T, V] logits flattened to [-1, V] and [B, T] targets to [-1] give the same
// leading dim (Mul<B, T>), so the labels fit the logits.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

function lmLoss<B extends number, T extends number, V extends number>(logits: st.Tensor<[B, T, V]>, targets: st.Tensor<[B, T], 'int32'>) {
  const [, , vocab] = logits.shape;
  const flat = st.reshape(logits, [-1, vocab]);
  const labels = targets.reshape([-1]);
  return st.sparseSoftmaxCrossEntropy(flat, labels);
}
const loss = lmLoss(st.randomNormal([4, 16, 65]), st.zeros([4, 16], 'int32'));
export const scalar: Eq<typeof loss.shape, []> = true;
