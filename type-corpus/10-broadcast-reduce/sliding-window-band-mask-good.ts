// cause: 10 broadcast/reduce (new family): Mistral-style sliding-window attention: keys allowed where
// 0 <= i - j < W, built from int32 positions as an outer difference, combined with the scores of every head.
// expect: ok
import * as st from '../../src/index.js';

const T = 64, W = 16;
export function slidingWindowScores(scores: st.Tensor<[2, 8, 64, 64]>) {
  const pos = st.range(0, T, 1, 'int32');
  const diff = st.sub(st.reshape(pos, [T, 1]), st.reshape(pos, [1, T]));
  const band = st.logicalAnd(st.greaterEqual(diff, 0), st.less(diff, W));
  return st.softmax(st.where(band, scores, -1e9), -1);
}
