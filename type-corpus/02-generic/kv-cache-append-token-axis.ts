// cause: 2 generic code. KV-cache decode step: the new position's keys come from the projection in
// tokens-first layout [B, 1, H, Dh] (the transpose to heads-first was forgotten), appended to a heads-first
// cache [B, H, number, Dh] along the time axis.
// expect: concat: shapes [${B}, ${H}, ${number}, ${Dh}] and [${B}, 1, ${H}, ${Dh}] differ off the concat axis 2
import * as st from '../../src/index.js';

function step<B extends number, H extends number, Dh extends number>(
  cacheK: st.Tensor<[B, H, number, Dh]>, x: st.Tensor<[B, 1, st.Mul<H, Dh>]>, wk: st.Tensor<[st.Mul<H, Dh>, st.Mul<H, Dh>]>, heads: H, headDim: Dh,
) {
  const k = st.splitLastDim(st.matMul(x, wk), heads, headDim);
  return st.concat([cacheK, k], 2); // error
}
export const next = step(st.zeros([1, 4, 7, 16]), st.zeros([1, 1, 64]), st.zeros([64, 64]), 4, 16);
