// cause: 2 generic code. Cross-attention where the values were taken from the decoder's states instead of the
// encoder's memory: the attention weights [B, H, T, S] then multiply values [B, H, T, Dh] (S vs T).
// expect: matMul: inner dimensions differ (${S} vs ${T})
import * as st from '../../src/index.js';

function crossAttend<B extends number, H extends number, T extends number, S extends number, Dh extends number>(
  q: st.Tensor<[B, H, T, Dh]>, memK: st.Tensor<[B, H, S, Dh]>, decV: st.Tensor<[B, H, T, Dh]>,
) {
  const weights = st.softmax(st.div(st.matMul(q, memK, false, true), 8));
  return st.matMul(weights, decV); // error
}
export const out = crossAttend(st.randomNormal([1, 2, 5, 8]), st.randomNormal([1, 2, 9, 8]), st.randomNormal([1, 2, 5, 8]));
