// cause: 7 messages. A generic padding mask [B, T] is given its broadcast axes with expandDims at axis 3 (meant for the [B, 1, 1, T] form, built one axis at a time): expandDims's sentence over the user's dims, and no list of overloads under TypeScript 5.9.
// expect: expandDims: axis 3 is out of range for [${B}, ${T}]
// expect-not: Overload 1 of
import * as st from '../../src/index.js';

function attentionMask<B extends number, T extends number>(keep: st.Tensor<[B, T]>) {
  const wide = st.expandDims(keep, 3); // error
  return wide;
}
export const mask = attentionMask;
