// cause: 9 named dims, good. Names through a head split and merge: [B, T, D] with D = H x Dh split into
// [B, H, T, Dh] by splitLastDim and a transpose, attention over T, merged back; the heads and head dims keep
// their names, and the merged width is D's size.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
type B = st.Named<'B', 2>;
type T = st.Named<'T', 16>;
type H = st.Named<'H', 4>;
type Dh = st.Named<'Dh', 32>;
declare const x: st.Tensor<[B, T, 128]>;
declare const heads: H;
declare const headDim: Dh;
const split = st.transpose(st.splitLastDim(x, heads, headDim), [0, 2, 1, 3]);
export const shape: Eq<typeof split.shape, [B, H, T, Dh]> = true;
const att = st.matMul(st.softmax(st.div(st.matMul(split, split, false, true), 8)), split);
const merged = st.mergeLastDims(st.transpose(att, [0, 2, 1, 3]));
export const width: Eq<typeof merged.shape, [B, T, 128]> = true;
