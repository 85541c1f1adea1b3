// cause: 3 products (never explosive). The same ViT stem written with the generic forms reshape's sentence names:
// channels-last, then the two spatial dims merged by mergeLastDims after moving channels out of the way, so every
// dim stays a product of the user's type parameters. Checked in bounded time (the product of generic dims used
// to walk the digit arithmetic without end).
// expect: ok
import * as st from '../../src/index.js';

function pixelTokens<B extends number, C extends number, H extends number, W extends number>(img: st.Tensor<[B, C, H, W]>) {
  const flat = st.reshape(img, [img.shape[0], img.shape[1], -1]); // [B, C, Mul<H, W>]
  return st.transpose(flat, [0, 2, 1]); // [B, Mul<H, W>, C]
}
const tokens = pixelTokens(st.zeros([2, 3, 8, 8]));
const shape: [2, 64, 3] = tokens.shape;
const proj = new st.Linear(3, 16, new st.SeedSequence(0), 'default');
const embedded: st.Tensor<[2, 64, 16]> = proj.forward(tokens);
export { shape, embedded };
