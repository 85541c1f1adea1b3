// cause: 4 kind tags. Causal masking of attention scores with where keeps values; a masked softmax is probabilities
// and is used as attention weights (matMul), never as logits.
// expect: ok
import * as st from '../../src/index.js';

function attend<B extends number, T extends number, D extends number>(q: st.Tensor<[B, T, D]>, k: st.Tensor<[B, T, D]>, v: st.Tensor<[B, T, D]>, mask: st.Tensor<[T, T], 'bool'>) {
  const scores = st.div(st.matMul(q, k, false, true), Math.sqrt(64));
  const masked: st.Tensor<[B, T, T]> = st.where(mask, scores, -1e9);
  const weights: st.Probabilities<[B, T, T]> = st.softmax(masked);
  return st.matMul(weights, v);
}
const q = st.randomNormal([2, 16, 64]);
const mask = st.greater(st.randomUniform([16, 16]), 0.5);
export const out: st.Tensor<[2, 16, 64]> = attend(q, q, q, mask);
