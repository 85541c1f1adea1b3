// cause: 3 products. A patch helper reshapes [B, C, H, W] with its dims written out and repeats c where w belongs:
// C x H x C elements are not C x H x W. Generic code cannot count them, so it gets reshape's generic sentence
// (before, tsc's own check of the products took every product for the same and this compiled).
// expect: reshape: [${B}, ${C}, ${H}, ${W}] to [${B}, ${C}, ${H}, ${C}] cannot be checked over generic dims
import * as st from '../../src/index.js';

export function toChannelRows<B extends number, C extends number, H extends number, W extends number>(img: st.Tensor<[B, C, H, W]>) {
  const [b, c, h] = img.shape;
  return st.reshape(img, [b, c, h, c]); // error
}
