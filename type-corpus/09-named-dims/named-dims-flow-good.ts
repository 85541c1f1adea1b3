// named dims. Names survive linear, rmsNorm, softmax and the attention product.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
type B = st.Named<'B', 4>;
type T = st.Named<'T', 32>;
type D = st.Named<'D', 64>;
declare const x: st.Tensor<[B, T, D]>;
declare const w: st.Tensor<[D, D]>;
const h = st.rmsNorm(st.linear(x, w), st.ones([64]), 1e-5);
export const ok: Eq<typeof h.shape, [B, T, D]> = true;
const att = st.softmax(st.matMul(h, h, false, true));
export const ok2: Eq<typeof att.shape, [B, T, T]> = true;
const out = st.matMul(att, h);
export const ok3: Eq<typeof out.shape, [B, T, D]> = true;
