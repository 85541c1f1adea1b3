// cause: 3 products. A product of literals is a literal: Mul<32, 128> is 4096, and 7B-sized products stay cheap.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
export const a: Eq<st.Mul<32, 128>, 4096> = true;
export const b: Eq<st.Mul<st.Mul<8, 4>, 128>, st.Mul<8, st.Mul<4, 128>>> = true;
export const c: Eq<st.Mul<4096, 11008>, 45088768> = true;
const gate: st.Tensor<[st.Mul<32, 128>, 11008]> = st.zeros([4096, 11008]);
export const up = st.reshape(gate, [11008, 4096]);
