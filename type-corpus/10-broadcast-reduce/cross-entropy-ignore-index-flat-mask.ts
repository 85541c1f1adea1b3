// cause: 10 broadcast/reduce (new family): cross-entropy with ignore_index where the logits were flattened to
// [B*T, V] for the loss but the mask was kept as [B, T]: the per-token losses [512] times a [8, 64] mask.
// expect: mul: shapes [512] and [8, 64] do not broadcast (512 vs 64)
import * as st from '../../src/index.js';

export function maskedCrossEntropy(logits: st.Tensor<[8, 64, 1000]>, targets: st.Tensor<[8, 64], 'int32'>) {
  const valid = st.notEqual(targets, -100);
  const flatLogits = st.reshape(logits, [-1, 1000]);
  const flatTargets = st.reshape(st.where(valid, targets, 0), [-1]);
  const perToken = st.sparseSoftmaxCrossEntropy(flatLogits, flatTargets, 'none');   // [512]
  const weights = st.cast(valid, 'float32');
  return st.div(st.sum(st.mul(perToken, weights)), st.sum(weights)); // error
}
