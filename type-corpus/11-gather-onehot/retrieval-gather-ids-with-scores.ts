// cause: 11 gather (indices dtype). The same retrieval, but the ids of the kept passages are looked up with the
// top-k *values* (the scores) instead of the indices.
// expect: gather: indices must be int32, got float32
import * as st from '../../src/index.js';

export function retrieve<N extends number, D extends number>(query: st.Tensor<[D]>, index: st.Tensor<[N, D]>, ids: st.Tensor<[N], 'int32'>) {
  const scores = st.squeeze(st.matMul(index, st.expandDims(query, -1)), [1]);
  const top = st.topk(scores, 8);
  return st.gather(ids, top.values); // error
}
