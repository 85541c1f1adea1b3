// cause: 10 broadcast/reduce. Beam search with the running beam scores kept as [B, K] and added to the
// [B, K, V] next-token log-probabilities without scores[..., None].
// expect: add: shapes [2, 4, 100] and [2, 4] do not broadcast (100 vs 4)
import * as st from '../../src/index.js';

const logp = st.logSoftmax(st.randomNormal([2, 4, 100]));
const beamScores = st.zeros([2, 4]);
export const cand = st.add(logp, beamScores); // error
