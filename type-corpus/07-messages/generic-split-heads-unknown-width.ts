// cause: 7 messages. A generic block splits its hidden dim D into 4 heads of 16 with splitLastDim, but D is a type parameter of its own (not st.Mul<H, Dh>), so 4 * 16 cannot be checked: the sentence says so over the user's dims and names the fix.
// expect: splitLastDim: last dim ${D} of [${B}, ${T}, ${D}] is not known to be 4 * 16
// expect: st.Mul<heads, headDim>
// expect-not: SplitLastDimCheck
import * as st from '../../src/index.js';

function heads<B extends number, T extends number, D extends number>(x: st.Tensor<[B, T, D]>) {
  return st.splitLastDim(x, 4, 16); // error
}
export const split = heads;
