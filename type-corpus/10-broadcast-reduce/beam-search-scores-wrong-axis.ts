// cause: 10 broadcast/reduce. Beam search: the running beam scores [B, K] expanded on axis 1 ([B, 1, K]) instead
// of the last, then added to the next-token log-probs [B, K, V].
// expect: do not broadcast
import * as st from '../../src/index.js';

const logits = st.randomNormal([2, 4, 65]);
const beamScores = st.zeros([2, 4]);
const cand = st.add(st.logSoftmax(logits, -1), st.expandDims(beamScores, 1)); // error
export const flat = st.reshape(cand, [2, -1]);
