// cause: 3 products (never explosive). A ViT stem in generic code: pixels [B, C, H, W] moved to channels-last and
// viewed as one token per pixel with reshape(x, [b, -1, c]), a -1 in the middle over type-parameter dims. This ran
// tsc 7 out of memory once (the product of generic dims walked the digit arithmetic without end), then was refused;
// the -1 now stands for the dims between the first and the last, merged into their product: [B, Mul<H, W>, C].
// expect: ok
import * as st from '../../src/index.js';

function pixelTokens<B extends number, C extends number, H extends number, W extends number>(img: st.Tensor<[B, C, H, W]>) {
  const x = st.transpose(img, [0, 2, 3, 1]);
  const tokens: st.Tensor<[B, st.Mul<H, W>, C]> = st.reshape(x, [x.shape[0], -1, x.shape[3]]);
  return tokens;
}
const tokens = pixelTokens(st.zeros([2, 3, 8, 8]));
const shape: [2, 64, 3] = tokens.shape;
export { shape };
