// cause: 2 generic (new family): sampling k items without replacement by the Gumbel-top-k trick in a generic
// helper over the batch and vocabulary: perturbed logits, topk with a literal k, the indices as int32.
// expect: ok
import * as st from '../../src/index.js';

export function gumbelTopK<B extends number, V extends number>(logits: st.Tensor<[B, V]>, noise: st.Tensor<[B, V]>): st.Tensor<[B, 4], 'int32'> {
  const g = st.neg(st.log(st.neg(st.log(noise))));
  return st.topk(st.add(logits, g), 4).indices;
}
