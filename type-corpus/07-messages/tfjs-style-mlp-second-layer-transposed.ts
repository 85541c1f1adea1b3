// cause: 7 messages. The same chained MLP with the second weight kept in PyTorch's [out, in] layout ([D, F]):
// x.matMul(w1) is [B, T, F] and meets w2 [D, F] on the wrong side.
// expect: matMul: inner dimensions differ (${F} vs ${D})
import * as st from '../../src/index.js';

function mlp<B extends number, T extends number, D extends number, F extends number>(x: st.Tensor<[B, T, D]>, w1: st.Tensor<[D, F]>, w2: st.Tensor<[D, F]>) {
  return x.matMul(w1).gelu().matMul(w2); // error
}
export const y = mlp(st.randomNormal([2, 16, 64]), st.randomNormal([64, 256]), st.randomNormal([64, 256]));
