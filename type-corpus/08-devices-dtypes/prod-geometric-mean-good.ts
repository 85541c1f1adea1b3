// cause: 8 dtypes (prod), good. A geometric-mean score of a beam (the product of per-token probabilities along
// time, root by length) and the "all valid" test done with prod of the int32 cast of the mask.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function geometricScore<K extends number, T extends number>(tokenProbs: st.Tensor<[K, T]>, length: T) {
  return st.pow(st.prod(tokenProbs, 1), 1 / length);
}
const score = geometricScore(st.ones([4, 12]), 12);
export const perBeam: Eq<typeof score.shape, [4]> = true;
const ids = st.zeros([16, 64], 'int32');
const all = st.prod(st.cast(st.notEqual(ids, 0), 'int32'), 1);
export const rows: Eq<typeof all, st.Tensor<[16], 'int32'>> = true;
