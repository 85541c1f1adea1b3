// cause: 7 messages (dtypes in code generic over the batch). A label-smoothing step compares float predictions
// with int32 labels broadcast over the classes: comparisons need one dtype, and the sentence says so rather than
// that [${B}, 10] and [${B}, 1] do not broadcast.
// expect: equal: dtypes differ (int32 vs float32)
// expect-not: do not broadcast
import * as st from '../../src/index.js';

export function hits<B extends number>(labels: st.Tensor<[B, 1], 'int32'>, predictions: st.Tensor<[B, 10]>) {
  const best = st.max(predictions, 1, true);
  return st.equal(labels, best); // error
}
