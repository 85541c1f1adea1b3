// cause: 2 generic code. The same ViT heads with the token axis counted from 1 (axis 3 of a rank-3 [B, T, D]):
// refused with the axis sentence over the user's dims.
// expect: split: axis 3 is out of range for [${B}, ${T}, ${D}]
// expect-not: NotThisForm
import * as st from '../../src/index.js';

function vitHeads<B extends number, T extends number, D extends number, C extends number>(tokens: st.Tensor<[B, T, D]>, head: st.Linear<D, C>) {
  const parts = st.split(tokens, [1, -1], 3); // error
  return { parts, head };
}
export const out = vitHeads(st.randomNormal([2, 197, 64]), new st.Linear(64, 10, new st.SeedSequence(0), 'default'));
