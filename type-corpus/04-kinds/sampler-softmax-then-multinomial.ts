// cause: 4 kind tags. A sampler that applies the temperature, then softmax, then draws with multinomial
// (which takes logits and would softmax again).
// expect: multinomial: expects logits, got probabilities
import * as st from '../../src/index.js';

function sample<V extends number>(logits: st.Tensor<[1, V]>, temperature: number, seed: number) {
  const probs = st.softmax(st.div(logits, temperature));
  return st.multinomial(probs, 1, seed); // error
}
export const next = sample(st.randomNormal([1, 65]), 0.8, 7);
