// cause: 2 generic code. The user's own Module of typed Variables: the second layer's weight is declared [D, C]
// (copied from the first) and forward multiplies the hidden [B, H] by it.
// expect: matMul: inner dimensions differ (${H} vs ${D})
import * as st from '../../src/index.js';

class TwoLayer<D extends number, H extends number, C extends number> extends st.Module {
  readonly w1: st.Variable<[D, H]>;
  readonly w2: st.Variable<[D, C]>;
  constructor(d: D, h: H, c: C) {
    super();
    this.w1 = st.variable(st.randomNormal([d, h]));
    this.w2 = st.variable(st.randomNormal([d, c]));
  }
  forward<B extends number>(x: st.Tensor<[B, D]>) {
    const h = st.relu(st.matMul(x, this.w1));
    return st.matMul(h, this.w2); // error
  }
}
export const net = new TwoLayer(784, 128, 10);
