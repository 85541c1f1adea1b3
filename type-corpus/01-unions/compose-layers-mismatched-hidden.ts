// cause: 1 union inference: a user's own typed Sequential of two layers, `mlp<I, H, O>(fc1: Linear<I, H>, fc2: Linear<H, O>)`,
// given layers whose hidden widths differ (128 out, 256 in): H is inferred from both as 128 | 256. The layer's
// union-width mark refuses the second one with the union sentence; the forward would fail only at run time.
// expect: a dim was inferred as 128 | 256 from two arguments
import * as st from '../../src/index.js';

class Sequential2<I extends number, H extends number, O extends number> extends st.Module {
  constructor(readonly fc1: st.Linear<I, H>, readonly fc2: st.Linear<H, O>) { super(); }
  forward<N extends number>(x: st.Tensor<[N, I]>): st.Tensor<[N, O]> {
    return this.fc2.forward(st.relu(this.fc1.forward(x)));
  }
}
const seeds = new st.SeedSequence(0);
const fc1 = new st.Linear(64, 128, seeds, 'default');
const fc2 = new st.Linear(256, 10, seeds, 'default');
export const model = new Sequential2(fc1, fc2); // error
