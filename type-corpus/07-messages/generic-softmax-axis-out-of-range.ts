// cause: 7 messages. Attention weights normalised over axis 4 of [B, H, T, S] scores in a generic block: softmax's axis sentence over the user's dims.
// expect: softmax: axis 4 is out of range for [${B}, ${H}, ${T}, ${S}]
import * as st from '../../src/index.js';

function attentionWeights<B extends number, H extends number, T extends number, S extends number, Dh extends number>(
  q: st.Tensor<[B, H, T, Dh]>, k: st.Tensor<[B, H, S, Dh]>,
) {
  const scores = st.mul(st.matMul(q, k, false, true), 0.125);
  return st.softmax(scores, 4); // error
}
export const f = attentionWeights;
