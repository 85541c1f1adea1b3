// cause: 10 broadcast/reduce. A decoder's self-attention mask: the causal mask [T, T] (lower rank) and the padding
// mask [B, 1, 1, T], combined with logicalAnd as Hugging Face does (causal & padding[:, None, None, :]), then used
// to mask the scores [B, H, T, T]. In generic code.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function maskScores<B extends number, H extends number, T extends number>(scores: st.Tensor<[B, H, T, T]>, padding: st.Tensor<[B, T], 'bool'>) {
  const [, , t] = scores.shape;
  const keep = st.logicalAnd(st.reshape(padding, [scores.shape[0], 1, 1, t]), st.causalMaskFor(t, t));
  return st.where(keep, scores, -1e9);
}
const masked = maskScores(st.randomNormal([2, 4, 6, 6]), st.ones([2, 6], 'bool'));
export const ok: Eq<typeof masked.shape, [2, 4, 6, 6]> = true;
