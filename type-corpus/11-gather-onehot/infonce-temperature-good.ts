// cause: 11 gather/one-hot (new family): InfoNCE (SimCLR/MoCo style) with a temperature: L2-normalised
// embeddings of two views, similarities z1 z2^T / tau, the positives on the diagonal as int32 labels.
// expect: ok
import * as st from '../../src/index.js';

const B = 32, D = 128, tau = 0.07;
function l2normalize<N extends number, E extends number>(z: st.Tensor<[N, E]>): st.Tensor<[N, E]> {
  return st.div(z, st.sqrt(st.add(st.sum(st.square(z), 1, true), 1e-12)));
}
export function infoNce(z1: st.Tensor<[32, 128]>, z2: st.Tensor<[32, 128]>): st.Tensor<[]> {
  const logits = st.div(st.matMul(l2normalize(z1), l2normalize(z2), false, true), tau);   // [B, B]
  const labels = st.range(0, B, 1, 'int32');
  return st.sparseSoftmaxCrossEntropy(logits, labels);
}
export const loss = infoNce(st.randomNormal([B, D]), st.randomNormal([B, D]));
