// named dims. A residual add after a transpose that was never undone: [B, D, T] + [B, T, D] with T = D = 16.
// expect: add: shapes [B=2, T=16, D=16] and [B=2, D=16, T=16] do not broadcast
import * as st from '../../src/index.js';

type B = st.Named<'B', 2>;
type T = st.Named<'T', 16>;
type D = st.Named<'D', 16>;
declare const x: st.Tensor<[B, T, D]>;
const mixed = st.transpose(st.relu(st.transpose(x, [0, 2, 1])), [0, 1, 2]);
export const y = st.add(x, mixed); // error
