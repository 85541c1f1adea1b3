// cause: 1 union inference. Features of one of two widths (a conditional) plus a bias of one width: the sentence
// names the branch that does not fit.
// expect: add: shapes [8, 256] and [128] do not broadcast (256 vs 128)
import * as st from '../../src/index.js';

declare const wide: boolean;
const features = wide ? st.zeros([8, 256]) : st.zeros([8, 128]);
const bias = st.zeros([128]);
export const out = st.add(features, bias); // error
