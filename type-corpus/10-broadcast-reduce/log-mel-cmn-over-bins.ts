// cause: 10 broadcast/reduce (new family): per-frame normalisation of log-mel features [4, 100, 80] by a table
// of frame means precomputed as [1, 80, 1] (bins and frames swapped) instead of [1, 100, 1].
// expect: sub: shapes [4, 100, 80] and [1, 80, 1] do not broadcast (100 vs 80)
import * as st from '../../src/index.js';

export function normalise(logE: st.Tensor<[4, 100, 80]>, frameMeans: st.Tensor<[1, 80, 1]>) {
  return st.sub(logE, frameMeans); // error
}
