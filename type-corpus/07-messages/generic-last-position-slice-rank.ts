// cause: 7 messages. A sampler's last-position slice written for [B, H, T, V] attention-shaped logits, applied to [B, T, V] logits in a generic helper: slice's sentence over the user's dims.
// expect: slice: begin [0, 0, 
// expect: has more axes than [${B}, ${T}, ${V}]
// expect-not: ErrorOf
import * as st from '../../src/index.js';

function lastPosition<B extends number, T extends number, V extends number>(logits: st.Tensor<[B, T, V]>, length: number) {
  return st.slice(logits, [0, 0, length - 1, 0], [-1, -1, 1, -1]); // error
}
export const last = lastPosition;
