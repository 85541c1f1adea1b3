// cause: 2 generic code. A ViT whose position table was built for the N patches alone, then added after the
// [CLS] token was prepended: [B, Add<1, N>, D] and [1, N, D] do not broadcast.
// expect: add: shapes [${B}, ${Add<1, N>}, ${D}] and [1, ${N}, ${D}] do not broadcast
// expect-not: NotThisForm
import * as st from '../../src/index.js';

function embed<B extends number, N extends number, D extends number>(
  patches: st.Tensor<[B, N, D]>, cls: st.Tensor<[1, 1, D]>, positions: st.Tensor<[1, N, D]>,
) {
  const [b] = patches.shape;
  const tokens = st.concat([st.tile(cls, [b, 1, 1]), patches], 1);
  return st.add(tokens, positions); // error
}
export const h = embed(st.randomNormal([2, 16, 32]), st.zeros([1, 1, 32]), st.zeros([1, 16, 32]));
