// cause: 11 gather/one-hot (new family): speculative decoding's resampling at the first rejection: the residual
// distribution max(0, p - q) renormalised over the vocabulary, turned back into logits with log for multinomial.
// expect: ok
import * as st from '../../src/index.js';

export function resample(targetLogits: st.Tensor<[1, 32000]>, draftLogits: st.Tensor<[1, 32000]>) {
  const p = st.softmax(targetLogits, -1);
  const q = st.softmax(draftLogits, -1);
  const residual = st.maximum(st.sub(p, q), 0);
  const normalised = st.div(residual, st.sum(residual, -1, true));
  return st.multinomial(st.log(st.add(normalised, 1e-20)), 1, 9);               // [1, 1]
}
export const token: st.Tensor<[1, 1], 'int32'> = resample(st.randomNormal([1, 32000]), st.randomNormal([1, 32000]));
