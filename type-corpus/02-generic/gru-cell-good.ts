// cause: 2 generic (new family): a GRU cell as torch.nn.GRUCell computes it: update and reset gates from [D, 3H] and [H, 3H]
// weights split into three, the candidate from the reset-scaled hidden part, and h' = (1 - z) * n + z * h.
// expect: ok
import * as st from '../../src/index.js';

class GruCell<D extends number, H extends number> extends st.Module {
  readonly wIh: st.Variable<[D, st.Mul<3, H>]>;
  readonly wHh: st.Variable<[H, st.Mul<3, H>]>;
  constructor(inDim: D, hidden: H, seed: number) {
    super();
    const gates = st.dimMul(3, hidden);
    this.wIh = st.variable(st.mul(st.randomNormal([inDim, gates], 0, 1, 'float32', seed), 0.1));
    this.wHh = st.variable(st.mul(st.randomNormal([hidden, gates], 0, 1, 'float32', seed + 1), 0.1));
  }
  forward<B extends number>(x: st.Tensor<[B, D]>, h: st.Tensor<[B, H]>): st.Tensor<[B, H]> {
    const [xr, xz, xn] = st.split(st.matMul(x, this.wIh), 3, -1);
    const [hr, hz, hn] = st.split(st.matMul(h, this.wHh), 3, -1);
    const r = st.sigmoid(st.add(xr, hr));
    const z = st.sigmoid(st.add(xz, hz));
    const n = st.tanh(st.add(xn, st.mul(r, hn)));
    return st.add(st.mul(st.sub(1, z), n), st.mul(z, h));
  }
}

const cell = new GruCell(8, 24, 1);
let h = st.zeros([2, 24]);
for (const x of st.unstack(st.randomNormal([2, 5, 8]), 1)) h = cell.forward(x, h);
const head = st.variable(st.randomNormal([24, 3]));
const { grads } = st.variableGrads(() => st.sparseSoftmaxCrossEntropy(st.matMul(h, head), st.zeros([2], 'int32')), { ...cell.parameters(), head });
export const names: string[] = Object.keys(grads);
