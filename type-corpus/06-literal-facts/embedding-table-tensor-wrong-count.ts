// cause: 6 literal facts. A hand-written embedding table for a unit test: 3 rows of 4 declared, one row short.
// expect: tensor
import * as st from '../../src/index.js';

function lookup<T extends number>(table: st.Tensor<[3, 4]>, ids: st.Tensor<[T], 'int32'>) {
  return st.gather(table, ids, 0);
}
const table = st.tensor([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8], [3, 4]); // error
export const rows = lookup(table, st.tensor([0, 2], [2], 'int32'));
