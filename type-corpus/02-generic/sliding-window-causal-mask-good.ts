// cause: 2 generic code. Mistral-style sliding-window attention mask built by hand in a generic helper: query
// position i sees key j when j <= i and i - j < window, from two position ranges compared as [T, 1] against
// [1, T]; the mask then selects scores [B, H, T, T].
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

function slidingWindowScores<B extends number, H extends number, T extends number>(scores: st.Tensor<[B, H, T, T]>, t: T, window: number) {
  const pos = st.range(0, t, 1, 'int32');
  const qi = st.expandDims(pos, -1);
  const kj = st.expandDims(pos, 0);
  const causal = st.lessEqual(kj, qi);
  const near = st.less(st.sub(qi, kj), window);
  const mask = st.logicalAnd(causal, near);
  return st.softmax(st.where(mask, scores, -1e9));
}
const w = slidingWindowScores(st.randomNormal([2, 4, 16, 16]), 16, 4);
export const shape: Eq<typeof w.shape, [2, 4, 16, 16]> = true;
