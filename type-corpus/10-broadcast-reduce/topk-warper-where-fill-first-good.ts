// cause: 10 broadcast/reduce. Hugging Face's TopKLogitsWarper as PyTorch writes it, torch.where(logits < kth, -inf,
// logits): the fill value as where's second argument and the logits as its third, in a generic sampler.
// expect: ok
import * as st from '../../src/index.js';

export function topKWarp<B extends number, V extends number>(logits: st.Tensor<[B, V]>, k: number) {
  const { values } = st.topk(logits, k);
  const kth = st.slice(values, [0, k - 1], [-1, 1]);
  return st.where(st.less(logits, kth), -1e9, logits);
}
export const warped: st.Tensor<[2, 65]> = topKWarp(st.randomNormal([2, 65]), 5);
