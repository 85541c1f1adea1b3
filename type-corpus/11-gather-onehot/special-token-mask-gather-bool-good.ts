// cause: 11 gather (a bool table), good. A per-vocabulary "is special" flag table gathered by the token ids
// gives a bool [B, T] mask; where() keeps the labels of ordinary tokens and writes the ignore id elsewhere.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
const isSpecial = st.tensor(Array.from({ length: 1000 }, (_, i) => i < 4), [1000], 'bool');
function maskedLabels<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32'>) {
  return st.where(st.gather(isSpecial, ids), st.fill(ids.shape, -100, 'int32'), ids);
}
const labels = maskedLabels(st.zeros([4, 32], 'int32'));
export const kept: Eq<typeof labels, st.Tensor<[4, 32], 'int32'>> = true;
