// cause: 6 literal facts (a fraction against int32, in generic code). Token frequencies counted as int32 per
// batch row, compared with 0.5 to find the tokens present: tfjs compares with 0, so every count passes.
// expect: greater: 0.5 is not an integer, but the tensor is int32
// expect-not: do not broadcast
import * as st from '../../src/index.js';

export function present<B extends number, T extends number, V extends number>(ids: st.Tensor<[B, T], 'int32'>, vocab: V) {
  const counts = st.sum(st.oneHot(ids, vocab), 1);
  return st.greater(counts, 0.5); // error
}
