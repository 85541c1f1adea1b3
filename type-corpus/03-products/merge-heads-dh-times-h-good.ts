// cause: 3 products: merging heads back written as Mul<Dh, H> while the output projection is typed [Mul<H, Dh>, D].
// expect: ok
import * as st from '../../src/index.js';

export function mergeHeads<B extends number, T extends number, H extends number, Dh extends number, D extends number>(
  x: st.Tensor<[B, H, T, Dh]>, wo: st.Tensor<[st.Mul<H, Dh>, D]>,
) {
  const [b, h, t, dh] = x.shape;
  const merged = st.reshape(st.transpose(x, [0, 2, 1, 3]), [b, t, st.dimMul(dh, h)]);
  return st.matMul(merged, wo);
}
export const y: st.Tensor<[2, 16, 512]> = mergeHeads(st.randomNormal([2, 8, 16, 64]), st.randomNormal([512, 512]));
