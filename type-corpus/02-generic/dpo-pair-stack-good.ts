// cause: 2 generic code. DPO's chosen and rejected log-probabilities of B pairs stacked along axis 1 into
// [B, 2] (one row per pair), then the per-pair margin read back with a slice of each column.
// expect: ok
import * as st from '../../src/index.js';

function pairMargins<B extends number>(chosen: st.Tensor<[B]>, rejected: st.Tensor<[B]>, beta: number): st.Tensor<[B]> {
  const pairs = st.stack([chosen, rejected], 1);
  const [c, r] = st.unstack(pairs, 1);
  return st.mul(st.sub(c, r), beta);
}
function dpoLoss<B extends number, T extends number>(chosen: st.Tensor<[B, T]>, rejected: st.Tensor<[B, T]>) {
  const margins = pairMargins(st.sum(chosen, -1), st.sum(rejected, -1), 0.1);
  return st.neg(st.mean(st.log(st.sigmoid(margins))));
}
export const loss = dpoLoss(st.randomNormal([4, 12]), st.randomNormal([4, 12]));
