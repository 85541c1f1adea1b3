// cause: 7 messages. A SwiGLU block whose down projection uses the up weight: linear's sentence with the user's dim names.
// expect: linear: input's last dim ${Hd} does not match the weight [${D}, ${Hd}] (expects ${D})
import * as st from '../../src/index.js';

class SwiGLU<D extends number, Hd extends number> {
  constructor(readonly w1: st.Tensor<[D, Hd]>, readonly w2: st.Tensor<[Hd, D]>, readonly w3: st.Tensor<[D, Hd]>) {}
  forward<L extends st.Shape>(x: st.Tensor<[...L, D]>) {
    const gate = st.silu(st.linear(x, this.w1));
    const up = st.linear(x, this.w3);
    return st.linear(st.mul(gate, up), this.w1); // error
  }
}
export const block = new SwiGLU(st.zeros([64, 172]), st.zeros([172, 64]), st.zeros([64, 172]));
