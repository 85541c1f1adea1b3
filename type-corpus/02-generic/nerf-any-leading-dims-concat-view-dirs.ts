// cause: 2 generic code. NeRF's embedder concatenating the points [...L, D] with view directions of their own
// leading dims [N, D] (flattened elsewhere): the dims before the last axis differ.
// expect: concat: shapes
import * as st from '../../src/index.js';

export function embed<L extends st.Shape, N extends number, D extends number>(x: st.Tensor<[...L, D]>, dirs: st.Tensor<[N, D]>) {
  return st.concat([x, st.sin(x), dirs], -1); // error
}
