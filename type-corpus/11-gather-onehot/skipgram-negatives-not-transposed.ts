// cause: 11 gather/one-hot. Skip-gram's negatives scored with matMul(c [B, 1, D], n [B, K, D]) without
// transposeB: the inner dims are the embedding width against the number of negatives.
// expect: matMul: inner dimensions differ (100 vs 5) in [512, 1, 100] @ [512, 5, 100]
import * as st from '../../src/index.js';

const inEmb = st.variable(st.randomNormal([10000, 100]));
const outEmb = st.variable(st.randomNormal([10000, 100]));
const c = st.gather(inEmb, st.zeros([512], 'int32'));
const n = st.gather(outEmb, st.zeros([512, 5], 'int32'));
export const negScores = st.matMul(st.expandDims(c, 1), n); // error
