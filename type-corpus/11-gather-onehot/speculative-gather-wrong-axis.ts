// cause: 11 gather/one-hot (new family): speculative decoding picking the drafted tokens' probabilities with a
// gather along axis 0 (the K drafted positions) instead of a per-row pick: the result [4, 32000] is not [4],
// so the ratio against the draft's [4] probabilities does not broadcast.
// expect: div: shapes [4, 32000] and [4] do not broadcast (32000 vs 4)
import * as st from '../../src/index.js';

export function ratio(targetProbs: st.Tensor<[4, 32000]>, q: st.Tensor<[4]>, drafted: st.Tensor<[4], 'int32'>) {
  const p = st.gather(targetProbs, drafted, 0);
  return st.minimum(st.div(p, q), 1); // error
}
