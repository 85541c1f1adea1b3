// cause: 10 broadcast: masked_fill written as where with the fill first, as nanoGPT's
// `att.masked_fill(bias[:, :, :T, :T] == 0, float('-inf'))` becomes `torch.where(future, -inf, att)`: a causal [T, T]
// mask of future positions, a padding mask [B, 1, 1, T], then a zero fill after softmax (still probabilities); a
// scalar tensor as the fill first too.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

export function attend<B extends number, H extends number, T extends number, Dh extends number>(
  q: st.Tensor<[B, H, T, Dh]>, k: st.Tensor<[B, H, T, Dh]>, v: st.Tensor<[B, H, T, Dh]>,
  future: st.Tensor<[T, T], 'bool'>, padded: st.Tensor<[B, 1, 1, T], 'bool'>,
) {
  const att = st.mul(st.matMul(q, k, false, true), 0.125);
  const causal = st.where(future, -Infinity, att);
  const both = st.where(padded, -Infinity, causal);
  const probs = st.where(padded, 0, st.softmax(both, -1));
  const withTensorFill = st.where(future, st.scalar(-Infinity), att);   // torch.where(future, torch.tensor(-inf), att)
  const ok: Eq<typeof probs, st.Probabilities<[B, H, T, T]>> = true;
  const ok2: Eq<typeof withTensorFill, st.Tensor<[B, H, T, T]>> = true;
  return { out: st.matMul(probs, v), ok, ok2 };
}
