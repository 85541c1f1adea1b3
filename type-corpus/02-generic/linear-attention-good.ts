// cause: 2 generic (new family): linear attention (Katharopoulos et al.) in generic code: feature map
// phi(x) = elu(x) + 1 written as relu(x) + 1, the [Dk, Dv] summary phi(K)^T V per batch, the normaliser
// phi(Q) . sum_t phi(K_t), out = phi(Q) (phi(K)^T V) / normaliser.
// expect: ok
import * as st from '../../src/index.js';

function linearAttention<B extends number, T extends number, Dk extends number, Dv extends number>(
  q: st.Tensor<[B, T, Dk]>, k: st.Tensor<[B, T, Dk]>, v: st.Tensor<[B, T, Dv]>,
): st.Tensor<[B, T, Dv]> {
  const phiQ = st.add(st.relu(q), 1);
  const phiK = st.add(st.relu(k), 1);
  const kv = st.matMul(phiK, v, true, false);                 // [B, Dk, Dv]
  const kSum = st.sum(phiK, 1, true);                         // [B, 1, Dk]
  const norm = st.matMul(phiQ, kSum, false, true);            // [B, T, 1]
  return st.div(st.matMul(phiQ, kv), norm);
}
export const y: st.Tensor<[2, 100, 32]> = linearAttention(st.randomNormal([2, 100, 16]), st.randomNormal([2, 100, 16]), st.randomNormal([2, 100, 32]));
