// cause: 2 generic: an LSTM cell's recurrent weight declared with the input width ([I, 4 * H]) where the hidden state
// [B, H] multiplies it: refused in generic code, naming the two dims.
// expect: matMul: inner dimensions differ
import * as st from '../../src/index.js';

export function recurrent<B extends number, I extends number, H extends number>(h: st.Tensor<[B, H]>, wh: st.Tensor<[I, st.Mul<4, H>]>) {
  return st.matMul(h, wh); // error
}
