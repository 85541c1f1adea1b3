// cause: 8 dtypes: the fill of a masked float32 score matrix is an int32 scalar tensor (built from a token id
// constant): where takes one dtype for both branches. Refused in generic code with the dtype sentence.
// expect: where: dtypes differ
import * as st from '../../src/index.js';

export function maskScores<B extends number, T extends number>(scores: st.Tensor<[B, T, T]>, causal: st.Tensor<[T, T], 'bool'>) {
  const fill = st.scalar(0, 'int32');
  return st.where(causal, scores, fill); // error
}
