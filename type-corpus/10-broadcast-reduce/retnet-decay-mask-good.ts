// cause: 10 broadcast/reduce (new family): RetNet's parallel retention: the decay mask D[n, m] = gamma^(n - m)
// for n >= m (0 above the diagonal) from positions as [T, 1] - [1, T], one gamma per head [H, 1, 1], then
// (Q K^T * D) V per head.
// expect: ok
import * as st from '../../src/index.js';

const H = 4, T = 32, Dh = 16;
const logGamma = st.log(st.sub(1, st.tensor([1 / 32, 1 / 64, 1 / 128, 1 / 256], [H, 1, 1])));

export function retention(q: st.Tensor<[2, 4, 32, 16]>, k: st.Tensor<[2, 4, 32, 16]>, v: st.Tensor<[2, 4, 32, 16]>) {
  const pos = st.range(0, T);
  const diff = st.sub(st.reshape(pos, [T, 1]), st.reshape(pos, [1, T]));          // n - m, [T, T]
  const causal = st.greaterEqual(diff, 0);
  const decay = st.where(causal, st.exp(st.mul(st.expandDims(diff, 0), logGamma)), 0);  // [H, T, T]
  const scores = st.mul(st.matMul(q, k, false, true), decay);                       // [B, H, T, T]
  return st.matMul(st.div(scores, Math.sqrt(Dh)), v);
}
export const out: st.Tensor<[2, 4, 32, 16]> = retention(st.randomNormal([2, H, T, Dh]), st.randomNormal([2, H, T, Dh]), st.randomNormal([2, H, T, Dh]));
