// cause: 7 messages. A generic pair of [B, D] views (two augmentations for a contrastive loss) stacked along axis 3: stack's axis sentence over the user's dims.
// expect: stack: axis 3 is out of range for stacking [${B}, ${D}]
// expect-not: differ
import * as st from '../../src/index.js';

function pairViews<B extends number, D extends number>(a: st.Tensor<[B, D]>, b: st.Tensor<[B, D]>) {
  const views = st.stack([a, b], 3); // error
  return views;
}
export const pair = pairViews;
