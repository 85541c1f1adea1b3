// cause: 2 generic code. nanoGPT's `k.view(B, T, n_head, C // n_head).transpose(1, 2)` as reshape with the
// dims read off x.shape, and `y.transpose(1, 2).contiguous().view(B, T, C)` back.
// expect: ok
import * as st from '../../src/index.js';

function splitHeads<B extends number, T extends number, H extends number, Dh extends number>(
  x: st.Tensor<[B, T, st.Mul<H, Dh>]>, nHead: H, headDim: Dh,
): st.Tensor<[B, H, T, Dh]> {
  const [b, t] = x.shape;
  return x.reshape([b, t, nHead, headDim]).transpose([0, 2, 1, 3]);
}
function mergeHeads<B extends number, H extends number, T extends number, Dh extends number>(
  y: st.Tensor<[B, H, T, Dh]>,
): st.Tensor<[B, T, st.Mul<H, Dh>]> {
  const [b, h, t, dh] = y.shape;
  return y.transpose([0, 2, 1, 3]).reshape([b, t, st.dimMul(h, dh)]);
}
const x = st.randomNormal([2, 8, 64]);
const q = splitHeads(x, 4, 16);
export const back = mergeHeads(st.softmax(st.matMul(q, q, false, true)).matMul(q));
