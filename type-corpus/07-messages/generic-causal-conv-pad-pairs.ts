// cause: 7 messages. A causal convolution pads [B, T, C] activations with two pairs (time and channels, the batch forgotten): pad's sentence over the user's dims.
// expect: pad: paddings have 2 pairs but [${B}, ${T}, ${C}] has rank 3
// expect-not: ErrorOf
import * as st from '../../src/index.js';

function causalPad<B extends number, T extends number, C extends number>(x: st.Tensor<[B, T, C]>) {
  const padded = st.pad(x, [[2, 0], [0, 0]]); // error
  return padded;
}
export const padLeft = causalPad;
