// cause: 6 literal facts (topk's k). A "top 5%" sampler written with the vocabulary size hard-coded: the k
// computed by hand came out as a fraction (50257 * 0.05 = 2512.85), which topk cannot take.
// expect: topk: k 2512.85 is not an integer
import * as st from '../../src/index.js';

export function topFivePercent(logits: st.Tensor<[1, 50257]>) {
  return st.topk(logits, 2512.85); // error
}
