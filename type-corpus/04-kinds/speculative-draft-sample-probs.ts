// cause: 4 kinds (new family): the draft model's tokens sampled with multinomial from its softmax output with a
// temperature, as if multinomial took probabilities (it takes logits: every draw would be skewed).
// expect: multinomial: expects logits, got probabilities (softmax output)
import * as st from '../../src/index.js';

const temperature = 0.8;
export function draftTokens(draftLogits: st.Tensor<[4, 32000]>) {
  const probs = st.softmax(st.div(draftLogits, temperature), -1);
  return st.multinomial(probs, 1, 7); // error
}
