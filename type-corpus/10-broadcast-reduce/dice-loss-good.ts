// cause: 10 broadcast/reduce (new family): the soft Dice loss for segmentation: per-example, per-class overlaps
// summed over the spatial axes [2, 3], 1 - 2|P n T| / (|P| + |T|) averaged over classes and batch.
// expect: ok
import * as st from '../../src/index.js';

export function diceLoss(logits: st.Tensor<[4, 3, 64, 64]>, target: st.Tensor<[4, 3, 64, 64]>): st.Tensor<[]> {
  const p = st.softmax(logits, 1);
  const inter = st.sum(st.mul(p, target), [2, 3]);                                   // [4, 3]
  const denom = st.add(st.sum(p, [2, 3]), st.sum(target, [2, 3]));
  return st.mean(st.sub(1, st.div(st.mul(inter, 2), st.add(denom, 1e-6))));
}
