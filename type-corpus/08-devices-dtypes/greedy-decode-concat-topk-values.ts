// cause: 8 devices/dtypes. A greedy decode loop that appends topk(...).values (the best logit, float32) to the
// int32 token ids instead of topk(...).indices.
// expect: concat: dtypes differ (int32 vs float32)
import * as st from '../../src/index.js';

const table = st.variable(st.randomNormal([65, 32]));
const head = st.variable(st.randomNormal([32, 65]));
let ids: st.Tensor<[1, number], 'int32'> = st.zeros([1, 1], 'int32');
for (let i = 0; i < 4; i++) {
  const h = st.gather(table, ids);                            // [1, t, 32]
  const last = st.slice(h, [0, ids.shape[1] - 1, 0], [-1, 1, -1]);
  const logits = st.squeeze(st.matMul(last, head), [1]);      // [1, 65]
  const best = st.topk(logits, 1);
  ids = st.concat([ids, best.values], 1); // error
}
