// cause: 4 kind tags (topk as a method). Nucleus-style filtering written as a method chain: the sorted top
// probabilities of the last position are drawn from as if they were scores, inside a generic decode helper.
// expect: multinomial: expects logits, got probabilities
import * as st from '../../src/index.js';

export function drawNext<T extends number, V extends number>(logits: st.Tensor<[1, T, V]>, seed: number) {
  const [, t, v] = logits.shape;
  const last = logits.slice([0, t - 1, 0], [-1, 1, -1]).reshape([1, v]);
  const top = last.softmax().topk(50);
  return st.multinomial(top.values, 1, seed); // error
}
