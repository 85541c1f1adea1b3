// cause: 1 unions: two candidate projections kept in one array (an ablation over widths) and indexed by a run-time
// choice: the element type is a union of [128, 64] and [128, 32], and only the first fits the [64, 10] head.
// expect: matMul
import * as st from '../../src/index.js';

const projections = [st.randomNormal([128, 64]), st.randomNormal([128, 32])];
declare const choice: number;
const head = st.randomNormal([64, 10]);
export const logits = st.matMul(st.matMul(st.randomNormal([4, 128]), projections[choice]), head); // error
