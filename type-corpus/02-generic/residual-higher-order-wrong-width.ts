// cause: 2 generic code. The generic residual(f, x) helper given a branch that changes the width (the FFN's up
// projection without its down projection): x + f(x) of [B, T, 64] and [B, T, 256].
// expect: 256
import * as st from '../../src/index.js';

function residual<S extends st.Shape>(f: (x: st.Tensor<S>) => st.Tensor<S>, x: st.Tensor<S>): st.Tensor<S> {
  return st.add(x, f(x));
}
const seeds = new st.SeedSequence(0);
const up = new st.Linear(64, 256, seeds, 'default');
const x = st.randomNormal([2, 16, 64]);
export const y = residual((h) => st.gelu(up.forward(h)), x); // error
