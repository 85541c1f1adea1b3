// cause: 11 gather/one-hot (new family): label smoothing (0.1) together with ignore_index = -100: the smoothed
// float32 targets from oneHot of the safe labels, the per-token cross-entropy with log-softmax, masked and
// averaged over the real tokens.
// expect: ok
import * as st from '../../src/index.js';

const V = 1000, eps = 0.1;
export function smoothedLoss(logits: st.Tensor<[8, 64, 1000]>, targets: st.Tensor<[8, 64], 'int32'>) {
  const valid = st.notEqual(targets, -100);
  const soft = st.oneHot(st.where(valid, targets, 0), V, 1 - eps, eps / (V - 1), 'float32');      // [8, 64, V]
  const perToken = st.neg(st.sum(st.mul(soft, st.logSoftmax(logits, -1)), -1));              // [8, 64]
  const w = st.cast(valid, 'float32');
  return st.div(st.sum(st.mul(perToken, w)), st.maximum(st.sum(w), 1));
}
