// cause: 2 generic: masking with a scalar tensor as the fill, as PyTorch's `torch.where(mask, scores,
// torch.tensor(float('-inf')))` or a learned null score: the mask of the scores' shape, a causal [T, T] mask, a padding
// mask [B, 1, 1, T], and the method form. The result is the scores' shape.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

export function maskWithTensor<B extends number, H extends number, T extends number>(
  scores: st.Tensor<[B, H, T, T]>, allowed: st.Tensor<[B, H, T, T], 'bool'>, causal: st.Tensor<[T, T], 'bool'>,
  keep: st.Tensor<[B, 1, 1, T], 'bool'>, nullScore: st.Variable<[]>,
) {
  const negInf = st.scalar(-Infinity);
  const a = st.where(allowed, scores, negInf);
  const b = st.where(causal, a, negInf);
  const c = st.where(keep, b, nullScore);
  const d = c.where(causal, negInf);
  const ok: Eq<typeof d, st.Tensor<[B, H, T, T]>> = true;
  return { probs: st.softmax(d, -1), ok };
}
