// training. valueAndGrads of a function that forgot the mean: its "loss" is [64, 1], not a scalar.
// expect: [64, 1]
import * as st from '../../src/index.js';

const x = st.randomNormal([64, 3]);
const y = st.zeros([64, 1]);
const w = st.variable(st.zeros([3, 1]));
export const r = st.valueAndGrads((wt) => st.square(st.sub(st.matMul(x, wt), y)), [w]); // error
