// cause: 10 broadcast/reduce. A triplet loss whose anchor-positive distance is summed over the batch (axis 0)
// and the anchor-negative one over the features: [128] against [64].
// expect: sub: shapes [128] and [64] do not broadcast (128 vs 64)
import * as st from '../../src/index.js';

const a = st.randomNormal([64, 128]);
const p = st.randomNormal([64, 128]);
const n = st.randomNormal([64, 128]);
const dAp = st.sum(st.squaredDifference(a, p), 0);
const dAn = st.sum(st.squaredDifference(a, n), -1);
export const loss = st.mean(st.relu(st.add(st.sub(dAp, dAn), 0.2))); // error
