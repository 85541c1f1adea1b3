// cause: 7 messages. A generic scan over [B, T, D] features takes the running sum along axis 3: cumsum's sentence over the user's dims.
// expect: cumsum: axis 3 is out of range for [${B}, ${T}, ${D}]
// expect-not: CheckedArg
import * as st from '../../src/index.js';

function runningMean<B extends number, T extends number, D extends number>(x: st.Tensor<[B, T, D]>, counts: st.Tensor<[B, T, 1]>) {
  const totals = st.cumsum(x, 3); // error
  return { totals, counts };
}
export const scan = runningMean;
