// cause: 3 products (never explosive). A ViT stem in generic code: pixels [B, C, H, W] moved to channels-last and
// viewed as one token per pixel with reshape(x, [b, -1, c]), a -1 in the middle over type-parameter dims. This ran
// tsc 7 out of memory (the product of three or more generic dims walked the digit arithmetic without end); now it
// checks in bounded time and memory and gets reshape's generic-code sentence, which names the forms that hold.
// expect: reshape: [${B}, ${H}, ${W}, ${C}] to [${B}, -1, ${C}] cannot be checked over generic dims
// expect-not: Fold
import * as st from '../../src/index.js';

function pixelTokens<B extends number, C extends number, H extends number, W extends number>(img: st.Tensor<[B, C, H, W]>) {
  const x = st.transpose(img, [0, 2, 3, 1]);
  return st.reshape(x, [x.shape[0], -1, x.shape[3]]); // error
}
export const tokens = pixelTokens(st.zeros([2, 3, 8, 8]));
