// cause: 2 generic code. An RNN-style loop over time: unstack [B, number, D] (the time dim a run-time number, as
// unstack asks in generic code) into steps, run a cell, stack back.
// expect: ok
import * as st from '../../src/index.js';

class RNNCell<D extends number, H extends number> {
  readonly wx: st.Variable<[D, H]>;
  readonly wh: st.Variable<[H, H]>;
  constructor(d: D, readonly h: H) {
    this.wx = st.variable(st.randomNormal([d, h], 0, 0.1));
    this.wh = st.variable(st.randomNormal([h, h], 0, 0.1));
  }
  run<B extends number>(x: st.Tensor<[B, number, D]>): st.Tensor<[B, number, H]> {
    const [b] = x.shape;
    let state = st.zeros([b, this.h]);
    const outs: st.Tensor<[B, H]>[] = [];
    for (const step of st.unstack(x, 1)) {
      state = st.tanh(st.add(st.matMul(step, this.wx), st.matMul(state, this.wh)));
      outs.push(state);
    }
    return st.stack(outs, 1);
  }
}
export const hs = new RNNCell(8, 16).run(st.randomNormal([4, 5, 8]));
