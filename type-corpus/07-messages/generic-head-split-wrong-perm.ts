// cause: 7 messages. A generic multi-head split moves the heads forward with a three-axis perm on the four-axis [B, T, H, Dh] tensor: transpose's sentence over the user's dims, not ErrorOf.
// expect: transpose: perm [0, 2, 1] has 3 axes but [${B}, ${T}, ${H}, ${Dh}] has rank 4
// expect-not: ErrorOf
import * as st from '../../src/index.js';

function splitHeads<B extends number, T extends number, H extends number, Dh extends number>(
  x: st.Tensor<[B, T, st.Mul<H, Dh>]>, heads: H, headDim: Dh,
) {
  const perHead = st.splitLastDim(x, heads, headDim);
  return st.transpose(perHead, [0, 2, 1]); // error
}
export const split = splitHeads;
