// cause: 1 union inference. An arrow-function residual helper; the sublayer's output is 32 wide, the stream 64.
// expect: a dim was inferred as
// expect: they must be equal
import * as st from '../../src/index.js';

const residual = <B extends number, T extends number, D extends number>(
  x: st.Tensor<[B, T, D]>, fx: st.Tensor<[B, T, D]>,
) => x.add(fx);

const seeds = new st.SeedSequence(1);
const up = new st.Linear(64, 32, seeds, 'default');
const x = st.randomNormal([2, 16, 64]);
export const h = residual(x, up.forward(x)); // error
