// cause: 2 generic. A decoder's one attention mask from a padding mask [B, 1, T] and the causal [T, T]
// (logicalAnd: [B, T, T]), expanded over heads and applied to [B, H, T, T] scores in a generic helper.
// expect: ok
import * as st from '../../src/index.js';

function maskedAttention<B extends number, H extends number, T extends number, Dh extends number>(
  q: st.Tensor<[B, H, T, Dh]>, k: st.Tensor<[B, H, T, Dh]>, v: st.Tensor<[B, H, T, Dh]>, keep: st.Tensor<[B, 1, T], 'bool'>,
): st.Tensor<[B, H, T, Dh]> {
  const [, , t] = q.shape;
  const mask = st.expandDims(st.logicalAnd(keep, st.causalMask(t)), 1);        // [B, 1, T, T]
  const scores = st.where(mask, st.matMul(q, k, false, true), -1e9);
  return st.matMul(st.softmax(scores), v);
}
const q = st.randomNormal([2, 4, 16, 8]);
export const out: st.Tensor<[2, 4, 16, 8]> = maskedAttention(q, q, q, st.ones([2, 1, 16], 'bool'));
