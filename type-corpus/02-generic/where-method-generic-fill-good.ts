// cause: 2 generic code. A generic masking helper in the method form, with a tensor fill of the scores' own
// generic shape: the leading [B, H] are the same type in `this` and the fill.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function maskFuture<B extends number, H extends number, T extends number>(
  scores: st.Tensor<[B, H, T, T]>, floor: st.Tensor<[B, H, T, T]>,
): st.Tensor<[B, H, T, T]> {
  const [, , t] = scores.shape;
  return scores.where(st.causalMask(t), floor);
}
const s = st.randomNormal([1, 2, 16, 16]);
const masked = maskFuture(s, st.fill([1, 2, 16, 16], -1e9));
export const ok: Eq<typeof masked.shape, [1, 2, 16, 16]> = true;
