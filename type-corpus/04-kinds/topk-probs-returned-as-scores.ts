// cause: 4 kind tags (topk, return annotation). A reranker returns the top-5 candidates' scores, annotated as
// plain scores for a later softmax cross-entropy against the gold candidate; the body takes them from softmax
// output, so the loss would softmax them twice. The annotation refuses the probabilities.
// expect: Type '"probabilities"' is not assignable to type '"values"'
import * as st from '../../src/index.js';

export function topCandidates<B extends number, N extends number>(scores: st.Tensor<[B, N]>): st.Tensor<[B, 5]> {
  const { values } = st.topk(st.softmax(scores), 5);
  return values; // error
}
