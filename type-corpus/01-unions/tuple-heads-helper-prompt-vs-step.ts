// cause: 1 union inference. A helper returning [q, k] split into heads infers T from a prompt of 16 and a cache step of 1.
// expect: a dim was inferred as
import * as st from '../../src/index.js';

function toHeads<B extends number, T extends number, H extends number, Dh extends number>(
  q: st.Tensor<[B, T, st.Mul<H, Dh>]>, k: st.Tensor<[B, T, st.Mul<H, Dh>]>, heads: H, headDim: Dh,
): [st.Tensor<[B, H, T, Dh]>, st.Tensor<[B, H, T, Dh]>] {
  const qh = st.transpose(st.splitLastDim(q, heads, headDim), [0, 2, 1, 3]);
  const kh = st.transpose(st.splitLastDim(k, heads, headDim), [0, 2, 1, 3]);
  return [qh, kh];
}

const q = st.randomNormal([1, 1, 256]);
const k = st.randomNormal([1, 16, 256]);
export const [qh, kh] = toHeads(q, k, 4, 64); // error
