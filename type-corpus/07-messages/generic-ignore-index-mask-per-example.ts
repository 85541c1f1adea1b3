// cause: 7 messages (new family): a generic masked cross-entropy where the ignore mask was reduced to one flag per
// example ([B]) while the per-token losses are [B, T]: the sentence is in the user's dims.
// expect: mul: shapes [${B}, ${T}] and [${B}] do not broadcast
import * as st from '../../src/index.js';

export function maskedLoss<B extends number, T extends number, V extends number>(
  logits: st.Tensor<[B, T, V]>, targets: st.Tensor<[B, T], 'int32'>, keep: st.Tensor<[B]>,
) {
  const perToken = st.sparseSoftmaxCrossEntropy(logits, targets, 'none');
  return st.div(st.sum(st.mul(perToken, keep)), st.sum(keep)); // error
}
