// cause: 4 kind tags. Clipping, casting and masking plain logits keep them logits; clipped probabilities still
// go where probabilities go (a typed Probabilities return, the log for an NLL), and int32 casts of ids are values.
// expect: ok
import * as st from '../../src/index.js';

function safeProbs<B extends number, C extends number>(logits: st.Tensor<[B, C]>): st.Probabilities<[B, C]> {
  return st.clipByValue(st.softmax(logits), 1e-7, 1);
}
function maskedLogits<B extends number, C extends number>(logits: st.Tensor<[B, C]>, valid: st.Tensor<[B, C], 'bool'>): st.Tensor<[B, C]> {
  return st.where(valid, logits, -1e9);
}
const logits = st.randomNormal([4, 12]);
const valid = st.greater(st.randomUniform([4, 12]), 0.1);
const labels = st.cast(st.clipByValue(st.cast(st.mul(st.randomUniform([4]), 12), 'int32'), 0, 11), 'int32');
export const loss = st.sparseSoftmaxCrossEntropy(st.clipByValue(maskedLogits(logits, valid), -30, 30), labels);
export const lossCast = st.sparseSoftmaxCrossEntropy(logits.cast('float32'), labels);
export const nll = st.neg(st.mean(st.log(safeProbs(logits))));
export const kept: st.Probabilities<[4, 12]> = st.where(valid, safeProbs(logits), 0);
