// cause: 2 generic code. ViT's patchify written out as timm and the MAE code do it: [B, C, H, W] to
// [B, C, Hp, P, Wp, P], the patch axes moved last, then [B, Hp * Wp, C * P * P] tokens; and back (unpatchify).
// expect: ok
import * as st from '../../src/index.js';

function patchify<B extends number, C extends number, Hp extends number, Wp extends number, P extends number>(
  img: st.Tensor<[B, C, st.Mul<Hp, P>, st.Mul<Wp, P>]>, hp: Hp, wp: Wp, p: P,
): st.Tensor<[B, st.Mul<Hp, Wp>, st.Mul<st.Mul<C, P>, P>]> {
  const [b, c] = img.shape;
  const grid = st.reshape(img, [b, c, hp, p, wp, p]);
  const moved = st.transpose(grid, [0, 2, 4, 1, 3, 5]);
  return st.reshape(moved, [b, st.dimMul(hp, wp), st.dimMul(st.dimMul(c, p), p)]);
}
function unpatchify<B extends number, C extends number, Hp extends number, Wp extends number, P extends number>(
  tokens: st.Tensor<[B, st.Mul<Hp, Wp>, st.Mul<st.Mul<C, P>, P>]>, c: C, hp: Hp, wp: Wp, p: P,
): st.Tensor<[B, C, st.Mul<Hp, P>, st.Mul<Wp, P>]> {
  const [b] = tokens.shape;
  const grid = st.reshape(tokens, [b, hp, wp, c, p, p]);
  const moved = st.transpose(grid, [0, 3, 1, 4, 2, 5]);
  return st.reshape(moved, [b, c, st.dimMul(hp, p), st.dimMul(wp, p)]);
}
const tokens = patchify(st.randomNormal([2, 3, 32, 32]), 4, 4, 8);
export const shaped: st.Tensor<[2, 16, 192]> = tokens;
export const back: st.Tensor<[2, 3, 32, 32]> = unpatchify(tokens, 3, 4, 4, 8);
