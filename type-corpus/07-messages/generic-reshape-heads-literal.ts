// cause: 7 messages. A generic attention block splits [B, T, D] into 4 heads of 16 with reshape to a literal tail: the compiler cannot check D = 64 there, and says so over the user's dims (pointing at splitLastDim), not with ErrorOf<Reshape<...>>.
// expect: reshape: [${B}, ${T}, ${D}] to [${B}, ${T}, 4, 16] cannot be checked over generic dims
// expect: splitLastDim
// expect-not: ErrorOf
import * as st from '../../src/index.js';

function toHeads<B extends number, T extends number, D extends number>(x: st.Tensor<[B, T, D]>) {
  const [b, t] = x.shape;
  const heads = st.reshape(x, [b, t, 4, 16]); // error
  return heads;
}
export const split = toHeads;
