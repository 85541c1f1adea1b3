// cause: 7 messages. A masked mean-pooling helper copied from a [B, H, T, D] attention block still sums over axis 3 of [B, T, D] hidden states: in generic code, sum's axis sentence over the user's dims, and no list of overloads under TypeScript 5.9.
// expect: sum: axis 3 is out of range for [${B}, ${T}, ${D}]
// expect-not: Overload 1 of
// expect-not: CheckedArg
import * as st from '../../src/index.js';

function maskedMeanPool<B extends number, T extends number, D extends number>(
  hidden: st.Tensor<[B, T, D]>, mask: st.Tensor<[B, T, 1]>,
) {
  const kept = st.mul(hidden, mask);
  const total = st.sum(kept, 3); // error
  const count = st.sum(mask, 1);
  return { total, count };
}
export const pool = maskedMeanPool;
