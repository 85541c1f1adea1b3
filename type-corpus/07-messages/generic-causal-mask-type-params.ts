// cause: 7 messages. A generic attention layer builds its causal mask from the type-parameter lengths T and S, which the compiler cannot compare: the sentence says why and what to pass, not CheckedArg<S, QueriesKeysCheck<...>>.
// expect: causalMaskFor: ${T} queries and ${S} keys cannot be compared in generic code
// expect-not: QueriesKeysCheck
import * as st from '../../src/index.js';

function maskedScores<B extends number, H extends number, T extends number, S extends number>(scores: st.Tensor<[B, H, T, S]>) {
  const [, , t, s] = scores.shape;
  const mask = st.causalMaskFor(t, s); // error
  return mask;
}
export const masked = maskedScores;
