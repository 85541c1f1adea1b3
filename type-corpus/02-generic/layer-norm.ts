// cause: 2 generic code. A user's LayerNorm over the last dim of [...L, D], with gain and bias [D].
// expect: ok
import * as st from '../../src/index.js';

class LayerNorm<D extends number> {
  readonly gain: st.Variable<[D]>;
  readonly bias: st.Variable<[D]>;
  constructor(readonly dim: D, readonly eps = 1e-5) {
    this.gain = st.variable(st.ones([dim]));
    this.bias = st.variable(st.zeros([dim]));
  }
  forward<L extends st.Shape>(x: st.Tensor<[...L, D]>): st.Tensor<[...L, D]> {
    const mu = st.mean(x, -1, true);
    const centered = st.sub(x, mu);
    const variance = st.mean(st.square(centered), -1, true);
    const normed = st.mul(centered, st.rsqrt(st.add(variance, this.eps)));
    return st.add(st.mul(normed, this.gain), this.bias);
  }
}
export const y = new LayerNorm(64).forward(st.randomNormal([2, 16, 64]));
