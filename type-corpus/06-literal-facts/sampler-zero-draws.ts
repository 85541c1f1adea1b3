// cause: 6 literal facts (new family): a speculative draft loop asking multinomial for 0 samples on the last step
// (the draft budget used up): tfjs would fail deep inside; the count must be a positive integer.
// expect: multinomial: numSamples must be a positive integer, got 0
import * as st from '../../src/index.js';

export function draftLast(logits: st.Tensor<[1, 32000]>) {
  return st.multinomial(logits, 0, 42); // error
}
