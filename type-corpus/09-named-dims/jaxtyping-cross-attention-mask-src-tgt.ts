// cause: 9 named dims (symbolic sizes). Written as in jaxtyping (`Float[Tensor, "batch tgt src"]`): the dims
// have names but sizes known only at run time. A decoder's cross-attention masks its [batch, tgt, src] scores
// with the decoder's own causal [tgt, tgt] mask instead of the source padding mask; the names disagree.
// expect: where:
// expect: tgt=? vs src=?
import * as st from '../../src/index.js';

type Batch = st.Named<'batch', number>;
type Tgt = st.Named<'tgt', number>;
type Src = st.Named<'src', number>;
type Model = st.Named<'d_model', 256>;

export function crossAttention(
  q: st.Tensor<[Batch, Tgt, Model]>, memory: st.Tensor<[Batch, Src, Model]>, causal: st.Tensor<[Tgt, Tgt], 'bool'>,
) {
  const scores = st.div(st.matMul(q, memory, false, true), 16);
  const masked = st.where(causal, scores, -1e9); // error
  return st.matMul(st.softmax(masked), memory);
}
