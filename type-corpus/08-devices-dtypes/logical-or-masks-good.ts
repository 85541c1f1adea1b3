// cause: 8 dtypes (logicalOr, lessEqual), good. Attention's keep mask for packed sequences: causal by position
// (lessEqual of key and query positions, an outer comparison), or-ed with an always-visible prefix, and-ed with
// the padding; the mask then selects the scores.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function keepMask<T extends number>(t: T, prefix: number, valid: st.Tensor<[1, T], 'bool'>) {
  const pos = st.range(0, t, 1, 'int32');
  const causal = st.lessEqual(st.expandDims(pos, 0), st.expandDims(pos, -1));
  const visible = st.less(st.expandDims(pos, 0), prefix);
  return st.logicalAnd(st.logicalOr(causal, visible), valid);
}
const mask = keepMask(16, 4, st.ones([1, 16], 'bool'));
export const shape: Eq<typeof mask, st.Tensor<[16, 16], 'bool'>> = true;
export const scores = st.where(mask, st.randomNormal([2, 4, 16, 16]), -1e9);
