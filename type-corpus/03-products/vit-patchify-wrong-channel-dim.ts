// cause: 3 products. ViT's pixel tokens with the wrong dim kept last: `[b, -1, x.shape[2]]` keeps the width where
// the channels belong (channels-last [B, H, W, C]); the count might even fit, the layout does not. The -1 form
// holds only when the kept dims are the tensor's own first and last, so generic code refuses this one.
// expect: reshape: [${B}, ${H}, ${W}, ${C}] to [${B}, -1, ${W}] cannot be checked over generic dims
// expect-not: Product<
import * as st from '../../src/index.js';

function pixelTokens<B extends number, H extends number, W extends number, C extends number>(x: st.Tensor<[B, H, W, C]>) {
  return st.reshape(x, [x.shape[0], -1, x.shape[2]]); // error
}
export const tokens = pixelTokens(st.zeros([2, 8, 8, 3]));
