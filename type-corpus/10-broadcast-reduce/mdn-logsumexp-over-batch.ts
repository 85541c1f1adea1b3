// cause: 10 broadcast/reduce (new family): a mixture density network's log-likelihood reduced over the batch
// (axis 0) instead of the mixture components: the per-example weights [32] then meet a [5] vector.
// expect: mul: shapes [5] and [32] do not broadcast (5 vs 32)
import * as st from '../../src/index.js';

export function weightedNll(logPi: st.Tensor<[32, 5]>, logN: st.Tensor<[32, 5]>, weights: st.Tensor<[32]>) {
  const perExample = st.logSumExp(st.add(logPi, logN), 0);
  return st.neg(st.mean(st.mul(perExample, weights))); // error
}
