// cause: 2 generic code. HF's TopKLogitsWarper written with tfjs-style chained methods over a generic batch
// and vocabulary: the k-th largest logit per row (a keepDims column [B, 1]) is the threshold, logits below it
// are masked with -inf before sampling. The comparison methods take the functions' generic forms.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

function topKFilter<B extends number, V extends number, K extends number>(logits: st.Tensor<[B, V]>, k: K) {
  const kth = logits.topk(k).values.min(-1, true);
  const drop = logits.less(kth);
  return logits.where(drop.logicalNot(), -1e9);
}
function belowBias<B extends number, V extends number>(logits: st.Tensor<[B, V]>, floor: st.Tensor<[V]>) {
  return logits.greaterEqual(floor);
}
const filtered = topKFilter(st.randomNormal([4, 100]), 5);
const keep = belowBias(st.randomNormal([4, 100]), st.zeros([100]));
export const shape: Eq<typeof filtered.shape, [4, 100]> = true;
export const mask: Eq<typeof keep.shape, [4, 100]> = true;
