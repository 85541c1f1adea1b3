// cause: 2 generic code. A LoRA adapter with A and B in the wrong order must still be rejected in generic code.
// expect: linear: input's last dim ${In} does not match the weight [${R}, ${Out}] (expects ${R})
import * as st from '../../src/index.js';

class LoRA<In extends number, Out extends number, R extends number> {
  constructor(readonly a: st.Tensor<[In, R]>, readonly b: st.Tensor<[R, Out]>) {}
  forward<L extends st.Shape>(x: st.Tensor<[...L, In]>) {
    return st.linear(st.linear(x, this.b), this.a); // error
  }
}
export const layer = new LoRA(st.zeros([64, 8]), st.zeros([8, 64]));
