// cause: 2 generic code (causalBias, causalMaskFor), good. Causal self-attention in a layer generic over time:
// the queries and the keys are the same T positions, so `causalBias(t, t)` holds for every T (queries <= keys).
// expect: ok
import * as st from '../../src/index.js';

function selfAttention<B extends number, H extends number, T extends number, Dh extends number>(
  q: st.Tensor<[B, H, T, Dh]>, k: st.Tensor<[B, H, T, Dh]>, v: st.Tensor<[B, H, T, Dh]>,
) {
  const [, , t] = q.shape;
  const scores = st.add(st.matMul(q, k, false, true), st.causalBias(t, t));
  const masked = st.where(st.causalMaskFor(t, t), scores, -1e9);
  return st.matMul(st.softmax(masked), v);
}
export const out = selfAttention(st.zeros([1, 4, 8, 16]), st.zeros([1, 4, 8, 16]), st.zeros([1, 4, 8, 16]));
