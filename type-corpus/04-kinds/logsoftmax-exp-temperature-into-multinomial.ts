// cause: 4 kind tags (exp of log-probabilities). A sampler that keeps log-probabilities, turns them into
// probabilities with exp (after a top-k filter on the log-probabilities) and draws with multinomial, which takes logits.
// expect: multinomial: expects logits, got probabilities
import * as st from '../../src/index.js';

export function draw(logits: st.Tensor<[1, 32000]>, seed: number) {
  const { values } = st.topk(st.logSoftmax(logits), 50);
  const probs = st.exp(values);
  return st.multinomial(probs, 1, seed); // error
}
