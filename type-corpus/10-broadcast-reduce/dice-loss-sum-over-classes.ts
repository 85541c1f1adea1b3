// cause: 10 broadcast/reduce (new family): a Dice loss whose overlap was summed over [1, 2] (classes and rows)
// while the denominators sum over the spatial axes [2, 3]: [4, 64] against [4, 3].
// expect: div: shapes [4, 64] and [4, 3] do not broadcast (64 vs 3)
import * as st from '../../src/index.js';

export function diceLoss(p: st.Tensor<[4, 3, 64, 64]>, target: st.Tensor<[4, 3, 64, 64]>) {
  const inter = st.sum(st.mul(p, target), [1, 2]);
  const denom = st.add(st.sum(p, [2, 3]), st.sum(target, [2, 3]));
  return st.mean(st.sub(1, st.div(st.mul(inter, 2), denom))); // error
}
