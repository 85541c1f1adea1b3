// cause: 11 gather (topk indices), good. Dense retrieval: score a query against a [N, D] passage index, keep the
// top 8, gather their rows and their ids from an int32 id table, and re-score the kept rows.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function retrieve<N extends number, D extends number>(query: st.Tensor<[D]>, index: st.Tensor<[N, D]>, ids: st.Tensor<[N], 'int32'>) {
  const scores = st.squeeze(st.matMul(index, st.expandDims(query, -1)), [1]);
  const { indices } = st.topk(scores, 8);
  const rows = st.gather(index, indices);
  return { rows, ids: st.gather(ids, indices), rescored: st.sum(st.mul(rows, query), -1) };
}
const hit = retrieve(st.randomNormal([384]), st.randomNormal([10000, 384]), st.range(0, 10000, 1, 'int32'));
export const rows: Eq<typeof hit.rows.shape, [8, 384]> = true;
export const ids: Eq<typeof hit.ids, st.Tensor<[8], 'int32'>> = true;
export const rescored: Eq<typeof hit.rescored.shape, [8]> = true;
