// cause: 8 devices/dtypes. The greedy decode loop that appends the argMax token (int32) to the ids, the
// sequence length a run-time dim.
// expect: ok
import * as st from '../../src/index.js';

const table = st.variable(st.randomNormal([65, 32]));
const head = st.variable(st.randomNormal([32, 65]));
let ids: st.Tensor<[1, number], 'int32'> = st.zeros([1, 1], 'int32');
for (let i = 0; i < 4; i++) {
  const h = st.gather(table, ids);
  const last = st.slice(h, [0, ids.shape[1] - 1, 0], [-1, 1, -1]);
  const logits = st.squeeze(st.matMul(last, head), [1]);
  const next = st.expandDims(st.argMax(logits, -1), 1);      // [1, 1] int32
  ids = st.concat([ids, next], 1);
}
export const out: st.Tensor<[1, number], 'int32'> = ids;
