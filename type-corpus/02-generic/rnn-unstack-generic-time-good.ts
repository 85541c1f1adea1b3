// cause: 2 generic code. An RNN over a generic number of steps: unstack along time gives an array of [B, D]
// steps (the count is the caller's T, unknown to the compiler), folded into a [B, Hd] state.
// expect: ok
import * as st from '../../src/index.js';

function rnn<B extends number, T extends number, D extends number, Hd extends number>(
  x: st.Tensor<[B, T, D]>, wx: st.Tensor<[D, Hd]>, wh: st.Tensor<[Hd, Hd]>, h0: st.Tensor<[B, Hd]>,
): st.Tensor<[B, Hd]> {
  let h = h0;
  for (const step of st.unstack(x, 1)) h = st.tanh(st.add(st.matMul(step, wx), st.matMul(h, wh)));
  return h;
}
export const last: st.Tensor<[2, 8]> = rnn(st.randomNormal([2, 5, 4]), st.randomNormal([4, 8]), st.randomNormal([8, 8]), st.zeros([2, 8]));
