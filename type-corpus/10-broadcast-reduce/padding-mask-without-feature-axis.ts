// cause: 10 broadcast (where). Zeroing padded positions of [B, T, D] hidden states with the [B, T] padding mask
// as it comes from the tokenizer: it aligns with the last two dims (T against D), and needs a trailing axis.
// expect: where: shapes
// expect: do not broadcast
import * as st from '../../src/index.js';

export function zeroPadding<B extends number, T extends number, D extends number>(hidden: st.Tensor<[B, T, D]>, attention: st.Tensor<[B, T], 'int32'>) {
  const keep = st.equal(attention, 1);
  return st.where(keep, hidden, 0); // error
}
