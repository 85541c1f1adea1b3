// cause: 10 broadcast/reduce (new family): multi-query attention: one key/value head [B, 1, T, Dh] shared by the
// 8 query heads through matMul's batch broadcasting, then the causal mask and the weighted values.
// expect: ok
import * as st from '../../src/index.js';

export function mqa(q: st.Tensor<[2, 8, 32, 64]>, k: st.Tensor<[2, 1, 32, 64]>, v: st.Tensor<[2, 1, 32, 64]>) {
  const scores = st.div(st.matMul(q, k, false, true), 8);                          // [2, 8, 32, 32]
  const probs = st.softmax(st.where(st.causalMask(32), scores, -1e9), -1);
  return st.matMul(probs, v);                                                        // [2, 8, 32, 64]
}
export const out: st.Tensor<[2, 8, 32, 64]> = mqa(st.randomNormal([2, 8, 32, 64]), st.randomNormal([2, 1, 32, 64]), st.randomNormal([2, 1, 32, 64]));
