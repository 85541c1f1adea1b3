// cause: 4 kind tags. Logits reshaped, sliced and returned through plain tensor annotations reach the loss fine.
// expect: ok
import * as st from '../../src/index.js';

function lmHead<B extends number, T extends number, D extends number, V extends number>(h: st.Tensor<[B, T, D]>, w: st.Tensor<[D, V]>): st.Tensor<[B, T, V]> {
  return st.linear(h, w);
}
const logits = lmHead(st.randomNormal([4, 16, 64]), st.randomNormal([64, 65]));
const flat = st.reshape(logits, [-1, 65]);
export const loss = st.sparseSoftmaxCrossEntropy(flat, st.zeros([64], 'int32'));
const last = st.squeeze(st.slice(logits, [0, 15, 0], [-1, 1, -1]), [1]);
export const lastLoss = st.sparseSoftmaxCrossEntropy(last, st.zeros([4], 'int32'));
