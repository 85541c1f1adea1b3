// cause: 4 kind tags (topk). A top-k sampler ported from PyTorch, where torch.multinomial takes probabilities:
// softmax first, keep the k most likely, then draw among them. st.multinomial takes logits (it softmaxes
// again), so the draw is skewed toward the top pick; topk's values are still softmax output.
// expect: multinomial: expects logits, got probabilities
import * as st from '../../src/index.js';

class TopKSampler<V extends number> {
  constructor(readonly vocab: V, readonly k: number, readonly temperature: number) {}

  next(logits: st.Tensor<[V]>, seed: number) {
    const probs = st.softmax(st.div(logits, this.temperature));
    const { values, indices } = st.topk(probs, 40);
    const pick = st.multinomial(values, 1, seed); // error
    return st.gather(indices, pick);
  }
}
export const sampler = new TopKSampler(32000, 40, 0.7);
