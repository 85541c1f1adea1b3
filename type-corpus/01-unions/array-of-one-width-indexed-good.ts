// cause: 1 unions: an ensemble of projections of one width kept in an array and indexed at run time: one element
// type, so the head fits whichever is chosen.
// expect: ok
import * as st from '../../src/index.js';

const projections = [st.randomNormal([128, 64]), st.randomNormal([128, 64]), st.randomNormal([128, 64])];
declare const choice: number;
const head = st.randomNormal([64, 10]);
export const logits: st.Tensor<[4, 10]> = st.matMul(st.matMul(st.randomNormal([4, 128]), projections[choice]!), head);
