// cause: 7 messages. A numerically stable softmax written by hand over [B, H, T, S] scores, with the max taken by the tensor method over axes [-1, 4] (one too many): the method prints max's axis sentence over the user's dims.
// expect: max: axis 4 is out of range for [${B}, ${H}, ${T}, ${S}]
// expect-not: Overload 1 of
import * as st from '../../src/index.js';

function stableSoftmax<B extends number, H extends number, T extends number, S extends number>(scores: st.Tensor<[B, H, T, S]>) {
  const peak = scores.max([-1, 4], true); // error
  const shifted = st.exp(st.sub(scores, peak));
  return st.div(shifted, st.sum(shifted, -1, true));
}
export const softmax = stableSoftmax;
