// cause: 2 generic code. The same top-k filter with the threshold taken over the batch axis (min(0), a
// [1, K] row) instead of over the k values of each row: compared with the [B, V] logits it cannot broadcast.
// expect: less: shapes [${B}, ${V}] and [1, ${K}] do not broadcast
// expect-not: NotThisForm
import * as st from '../../src/index.js';

function topKFilter<B extends number, V extends number, K extends number>(logits: st.Tensor<[B, V]>, k: K) {
  const kth = logits.topk(k).values.min(0, true);
  const drop = logits.less(kth); // error
  return logits.where(drop.logicalNot(), -1e9);
}
export const filtered = topKFilter(st.randomNormal([4, 100]), 5);
