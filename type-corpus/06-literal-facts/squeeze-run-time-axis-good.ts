// cause: 6 literal facts: squeezing an axis chosen at run time (a CLI flag): the rank is then known only at run
// time, so the result is a tensor of run-time rank, checked when it runs.
// expect: ok
import * as st from '../../src/index.js';

declare const axisFromFlag: number;
const x = st.zeros([1, 3, 1]);
export const squeezed: st.Tensor<number[]> = st.squeeze(x, [axisFromFlag]);
