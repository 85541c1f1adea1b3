// cause: 2 generic code. Top-k filtering of the last position's logits before sampling, as nanoGPT's generate
// (`logits[logits < v[:, [-1]]] = -inf`) with top_k a run-time number: logits below the k-th largest become -Infinity.
// expect: ok
import * as st from '../../src/index.js';

function topKFilter<B extends number, V extends number>(logits: st.Tensor<[B, V]>, k: number): st.Tensor<[B, V]> {
  const { values } = st.topk(logits, k);
  const kth = st.min(values, -1, true);
  return st.where(st.less(logits, kth), st.fill(logits.shape, -Infinity), logits);
}
function lastLogits<B extends number, T extends number, V extends number>(logits: st.Tensor<[B, T, V]>): st.Tensor<[B, V]> {
  const [, t] = logits.shape;
  return st.squeeze(st.slice(logits, [0, t - 1, 0], [-1, 1, -1]), [1]);
}
const logits = st.randomNormal([1, 8, 65]);
const filtered = topKFilter(lastLogits(logits), 5);
export const next = st.multinomial(st.div(filtered, 0.8), 1, 42);
