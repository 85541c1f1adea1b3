// cause: 6 literal facts. item() of a loss (shape []) or of a [1, 1] tensor is fine.
// expect: ok
import * as st from '../../src/index.js';

const loss = st.mean(st.square(st.randomNormal([4, 4])));
export const v: number = loss.item();
export const w: number = st.ones([1, 1]).item();
export const dynamic: number = st.zeros([Number(process.env.N ?? 1)]).item();
