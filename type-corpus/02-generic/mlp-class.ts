// cause: 2 generic code. A GPT-2 style MLP: linear, GELU, linear, with biases, generic in dims.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
class MLP<D extends number, H extends number> {
  readonly fc: st.Variable<[D, H]>;
  readonly fcBias: st.Variable<[H]>;
  readonly proj: st.Variable<[H, D]>;
  readonly projBias: st.Variable<[D]>;
  constructor(dim: D, hidden: H) {
    this.fc = st.variable(st.randomNormal([dim, hidden], 0, 0.02));
    this.fcBias = st.variable(st.zeros([hidden]));
    this.proj = st.variable(st.randomNormal([hidden, dim], 0, 0.02));
    this.projBias = st.variable(st.zeros([dim]));
  }
  forward<B extends number, T extends number>(x: st.Tensor<[B, T, D]>): st.Tensor<[B, T, D]> {
    const h = st.gelu(st.linear(x, this.fc, this.fcBias));
    return st.linear(h, this.proj, this.projBias);
  }
}
const out = new MLP(64, 256).forward(st.randomNormal([2, 16, 64]));
export const ok: Eq<typeof out.shape, [2, 16, 64]> = true;
