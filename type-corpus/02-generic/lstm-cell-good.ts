// cause: 2 generic (new family): an LSTM cell unrolled over time, PyTorch's layout (weight_ih [D, 4H], weight_hh [H, 4H], the
// pre-activations split into input, forget, cell and output gates), the hidden states stacked over the steps
// (an array of steps has a run-time length: withShape names it).
// expect: ok
import * as st from '../../src/index.js';

class LstmCell<D extends number, H extends number> extends st.Module {
  readonly wIh: st.Variable<[D, st.Mul<4, H>]>;
  readonly wHh: st.Variable<[H, st.Mul<4, H>]>;
  readonly b: st.Variable<[st.Mul<4, H>]>;
  constructor(readonly inDim: D, readonly hidden: H) {
    super();
    const gates = st.dimMul(4, hidden);
    this.wIh = st.variable(st.mul(st.randomNormal([inDim, gates], 0, 1, 'float32', 1), 0.1));
    this.wHh = st.variable(st.mul(st.randomNormal([hidden, gates], 0, 1, 'float32', 2), 0.1));
    this.b = st.variable(st.zeros([gates]));
  }
  step<B extends number>(x: st.Tensor<[B, D]>, h: st.Tensor<[B, H]>, c: st.Tensor<[B, H]>) {
    const z = st.add(st.add(st.matMul(x, this.wIh), st.matMul(h, this.wHh)), this.b);
    const [i, f, g, o] = st.split(z, 4, -1);
    const cNext = st.add(st.mul(st.sigmoid(f), c), st.mul(st.sigmoid(i), st.tanh(g)));
    const hNext = st.mul(st.sigmoid(o), st.tanh(cNext));
    return { h: hNext, c: cNext };
  }
}

const cell = new LstmCell(16, 32);
const xs = st.unstack(st.randomNormal([4, 10, 16]), 1); // ten [4, 16] steps
let h = st.zeros([4, 32]);
let c = st.zeros([4, 32]);
const outs: st.Tensor<[4, 32]>[] = [];
for (const x of xs) {
  ({ h, c } = cell.step(x, h, c));
  outs.push(h);
}
export const hiddenStates: st.Tensor<[4, 10, 32]> = st.withShape(st.stack(outs, 1), [4, 10, 32]);
