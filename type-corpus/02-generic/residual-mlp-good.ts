// cause: 2 generic code. The same generic residual MLP, right: x + down(gelu(up(norm(x)))) over any leading dims, no error.
// expect: ok
import * as st from '../../src/index.js';

class ResidualMLP<D extends number, H extends number> {
  constructor(readonly norm: st.Tensor<[D]>, readonly up: st.Tensor<[D, H]>, readonly down: st.Tensor<[H, D]>, readonly bias: st.Tensor<[D]>) {}
  forward<L extends st.Shape>(x: st.Tensor<[...L, D]>): st.Tensor<[...L, D]> {
    const h = st.gelu(st.linear(st.rmsNorm(x, this.norm, 1e-5), this.up));
    return st.add(x, st.linear(h, this.down, this.bias));
  }
}
const mlp = new ResidualMLP(st.ones([32]), st.zeros([32, 128]), st.zeros([128, 32]), st.zeros([32]));
export const y = mlp.forward(st.zeros([2, 8, 32]));
