// cause: 2 generic code. A nucleus (top-p) sampler over a generic vocabulary, as HF's TopPLogitsWarper: sort
// the probabilities (topk with k = the vocab size), keep the smallest prefix whose mass reaches p (cumsum,
// a comparison), mask the rest to -inf in the sorted logits, draw from them and map back to a token id.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

function topP<V extends number>(logits: st.Tensor<[1, V]>, vocab: V, p: number, seed: number) {
  const sorted = st.topk(logits, vocab);
  const probs = st.softmax(sorted.values);
  const before = st.sub(st.cumsum(probs, -1), probs);
  const keep = st.less(before, p);
  const filtered = st.where(keep, sorted.values, -1e9);
  const pick = st.multinomial(filtered, 1, seed);
  const id = st.gather(st.reshape(sorted.indices, [-1]), st.reshape(pick, [-1]));
  return { id, kept: keep };
}
const { id, kept } = topP(st.randomNormal([1, 50257]), 50257, 0.9, 1);
export const one: Eq<typeof id.shape, [1]> = true;
export const mask: Eq<typeof kept.shape, [1, 50257]> = true;
