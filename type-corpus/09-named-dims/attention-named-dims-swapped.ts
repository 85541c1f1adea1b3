// named dims. T and D are both 128: a projection by a [T, ...] weight instead of [D, ...] is caught by name.
// expect: matMul: inner dimensions differ (D=128 vs T=128)
import * as st from '../../src/index.js';

type B = st.Named<'B', 4>;
type T = st.Named<'T', 128>;
type D = st.Named<'D', 128>;
declare const x: st.Tensor<[B, T, D]>;
declare const wq: st.Tensor<[T, D]>;
export const q = st.matMul(x, wq); // error
