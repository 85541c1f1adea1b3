// cause: 10 broadcast/reduce. ALiBi in a generic attention helper: the per-head slopes [1, H, 1, 1] times the
// scores' own scale, plus the bias slopes * distance broadcast onto [B, H, T, T] (a [1, H, 1, 1] scale and a
// [1, 1, T, T] table, each of the scores' rank with 1s where they broadcast).
// expect: ok
import * as st from '../../src/index.js';

function alibiScores<B extends number, H extends number, T extends number, Dh extends number>(
  q: st.Tensor<[B, H, T, Dh]>, k: st.Tensor<[B, H, T, Dh]>, slopes: st.Tensor<[1, H, 1, 1]>, distance: st.Tensor<[1, 1, T, T]>, scale: number,
): st.Probabilities<[B, H, T, T]> {
  const scores = st.mul(st.matMul(q, k, false, true), scale);
  const biased = st.sub(st.add(scores, distance), st.mul(scores, slopes));
  return st.softmax(biased);
}
export const attn: st.Probabilities<[2, 8, 16, 16]> = alibiScores(
  st.randomNormal([2, 8, 16, 32]), st.randomNormal([2, 8, 16, 32]), st.ones([1, 8, 1, 1]), st.zeros([1, 1, 16, 16]), 1 / Math.sqrt(32),
);
