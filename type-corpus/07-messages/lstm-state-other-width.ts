// cause: 2 generic. An LSTM step whose cell state was initialised with the input width instead of the hidden
// width: [B, D] cell state against [B, H] gates. In generic code the sentence names the user's dims.
// expect: mul: shapes [${B}, ${H}] and [${B}, ${D}] do not broadcast
import * as st from '../../src/index.js';

function lstmStep<B extends number, D extends number, H extends number>(
  x: st.Tensor<[B, D]>, h: st.Tensor<[B, H]>, c: st.Tensor<[B, D]>,
  wx: st.Tensor<[D, H]>, wh: st.Tensor<[H, H]>,
) {
  const pre = st.add(st.matMul(x, wx), st.matMul(h, wh));
  const f = st.sigmoid(pre);
  return st.mul(f, c); // error
}
export const next = lstmStep(st.zeros([4, 16]), st.zeros([4, 32]), st.zeros([4, 16]), st.zeros([16, 32]), st.zeros([32, 32]));
