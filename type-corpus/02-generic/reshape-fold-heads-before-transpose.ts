// cause: 2 generic code. Heads folded into the batch before moving them next to it: [B, T, H, Dh] viewed as
// [B * H, T, Dh] without the transpose (the element count matches, the layout does not: the rows mix time and
// heads). B * H is not a grouping of [B, T, H, Dh] in its order, so the reshape is refused.
// expect: reshape: [${B}, ${T}, ${H}, ${Dh}] to [${Mul<B, H>}, ${T}, ${Dh}] cannot be checked over generic dims
import * as st from '../../src/index.js';

function foldHeads<B extends number, T extends number, H extends number, Dh extends number>(x: st.Tensor<[B, T, H, Dh]>) {
  const [b, t, h, dh] = x.shape;
  const rows = st.reshape(x, [st.dimMul(b, h), t, dh]); // error
  return st.matMul(rows, rows, false, true);
}
export const scores = foldHeads(st.randomNormal([2, 8, 4, 16]));
