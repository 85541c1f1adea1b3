// cause: 2 generic code. Token embeddings of several documents, concatenated along the token axis.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function joinDocs<D extends number>(docs: st.Tensor<[number, D]>[]) {
  return st.concat(docs, 0);
}
const joined = joinDocs([st.zeros([5, 64]), st.zeros([9, 64])]);
export const ok: Eq<typeof joined.shape, [number, 64]> = true;
