// cause: 2 generic code. A generic residual MLP whose projection back to the model width uses the up weight again: linear's sentence names the dims.
// expect: linear: input's last dim ${H} does not match the weight [${D}, ${H}] (expects ${D})
import * as st from '../../src/index.js';

class ResidualMLP<D extends number, H extends number> {
  constructor(readonly norm: st.Tensor<[D]>, readonly up: st.Tensor<[D, H]>, readonly down: st.Tensor<[H, D]>) {}
  forward<L extends st.Shape>(x: st.Tensor<[...L, D]>) {
    const h = st.gelu(st.linear(st.rmsNorm(x, this.norm, 1e-5), this.up));
    const out = st.linear(h, this.up); // error
    return { x, out };
  }
}
export const mlp = new ResidualMLP(st.ones([32]), st.zeros([32, 128]), st.zeros([128, 32]));
