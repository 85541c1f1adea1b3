// cause: 7 messages. A generic MLP layer whose bias was made with the input width: linear's bias sentence over the user's dims.
// expect: linear: bias [${In}] does not match the weight's output dim ${Out}
import * as st from '../../src/index.js';

class Dense<In extends number, Out extends number> {
  constructor(readonly w: st.Tensor<[In, Out]>, readonly b: st.Tensor<[In]>) {}
  forward<B extends number>(x: st.Tensor<[B, In]>) {
    return st.relu(st.linear(x, this.w, this.b)); // error
  }
}
export const layer = new Dense(st.zeros([32, 16]), st.zeros([32]));
