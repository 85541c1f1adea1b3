// cause: 6 literal facts. A layer's forward with the dropout rate written as a percent.
// expect: dropout: rate must be in [0, 1), got 10
import * as st from '../../src/index.js';

class Head<D extends number, C extends number> {
  readonly w: st.Variable<[D, C]>;
  constructor(d: D, c: C) {
    this.w = st.variable(st.randomNormal([d, c], 0, 0.02));
  }
  forward<B extends number>(x: st.Tensor<[B, D]>, training: boolean) {
    const h = training ? st.dropout(x, 10) : x; // error
    return st.matMul(h, this.w);
  }
}
export const head = new Head(64, 10);
