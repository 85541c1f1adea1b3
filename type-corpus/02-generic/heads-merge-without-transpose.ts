// cause: 2 generic code. The heads merged without moving them back first: [B, H, T, Dh] viewed as
// [B, T, -1] mixes heads into positions (the element count fits, the layout does not); generic code cannot
// check that reshape, and says so.
// expect: reshape: [${B}, ${H}, ${T}, ${Dh}] to [${B}, ${T}, -1] cannot be checked over generic dims
// expect-not: NotThisForm
import * as st from '../../src/index.js';

function mergeHeads<B extends number, H extends number, T extends number, Dh extends number>(y: st.Tensor<[B, H, T, Dh]>) {
  const [b, , t] = y.shape;
  return st.reshape(y, [b, t, -1]); // error
}
export const out = mergeHeads(st.randomNormal([2, 4, 8, 16]));
