// cause: 2 generic code. Patchify whose token width is written C * P * P where the patches are P x Q: the tokens of a
// [B, Hp, Wp, C, P, Q] grid are C * P * Q wide, and C * P * P is no grouping of those dims, so it is refused.
// expect: cannot be checked over generic dims
import * as st from '../../src/index.js';

function tokens<B extends number, Hp extends number, Wp extends number, C extends number, P extends number, Q extends number>(
  grid: st.Tensor<[B, Hp, Wp, C, P, Q]>,
) {
  const [b, hp, wp, c, p] = grid.shape;
  return st.reshape(grid, [b, st.dimMul(hp, wp), st.dimMul(st.dimMul(c, p), p)]); // error
}
export const t = tokens(st.randomNormal([2, 4, 4, 3, 8, 8]));
