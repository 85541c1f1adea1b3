// cause: 10 broadcast/reduce. Per-token losses [8, 128] weighted by a per-sequence weight [8] (importance
// weights, a curriculum) without weights[:, None]: the [8] broadcasts along the time axis.
// expect: mul: shapes [8, 128] and [8] do not broadcast (128 vs 8)
import * as st from '../../src/index.js';

const logits = st.randomNormal([8, 128, 500]);
const targets = st.zeros([8, 128], 'int32');
const weights = st.randomUniform([8]);
const perToken = st.sparseSoftmaxCrossEntropy(logits, targets, 'none');
export const loss = st.mean(st.mul(perToken, weights)); // error
