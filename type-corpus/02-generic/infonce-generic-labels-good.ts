// cause: 2 generic (new family): InfoNCE in a generic helper: the positives' labels as range(0, b) over the
// caller's batch size b: B (int32), the similarity matrix [B, B], the symmetric loss.
// expect: ok
import * as st from '../../src/index.js';

export function symmetricInfoNce<B extends number, D extends number>(z1: st.Tensor<[B, D]>, z2: st.Tensor<[B, D]>, b: B, tau: number) {
  const logits = st.div(st.matMul(z1, z2, false, true), tau);
  const labels = st.range(0, b, 1, 'int32');
  return st.mul(st.add(st.sparseSoftmaxCrossEntropy(logits, labels), st.sparseSoftmaxCrossEntropy(st.transpose(logits), labels)), 0.5);
}
