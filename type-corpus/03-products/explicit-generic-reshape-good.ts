// cause: 3 products. Reshapes written out over generic dims that keep the same factors: merging rows, splitting them
// back, and the factors grouped the other way.
// expect: ok
import * as st from '../../src/index.js';

export function rowsThenBack<B extends number, C extends number, H extends number, W extends number>(img: st.Tensor<[B, C, H, W]>) {
  const [b, c, h, w] = img.shape;
  const rows = st.reshape(img, [b, c, st.dimMul(h, w)]);
  const back: st.Tensor<[B, C, H, W]> = st.reshape(rows, [b, c, h, w]);
  const grouped: st.Tensor<[st.Mul<B, C>, H, W]> = st.reshape(img, [st.dimMul(b, c), h, w]);
  return { rows, back, grouped };
}
export const out = rowsThenBack(st.zeros([2, 3, 4, 5]));
