// cause: 10 broadcast: ALiBi: per-head slopes [H] times the distance matrix [T, T] added to the scores
// [B, H, T, T], in a generic layer (slopes expanded to [H, 1, 1]).
// expect: ok
import * as st from '../../src/index.js';

export function alibi<B extends number, H extends number, T extends number>(
  scores: st.Tensor<[B, H, T, T]>, slopes: st.Tensor<[H]>, distance: st.Tensor<[T, T]>,
) {
  const bias = st.mul(st.expandDims(st.expandDims(slopes, -1), -1), distance);
  return st.softmax(st.add(scores, bias));
}
export const p = alibi(st.randomNormal([2, 4, 16, 16]), st.ones([4]), st.zeros([16, 16]));
