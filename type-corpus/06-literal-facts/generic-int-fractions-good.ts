// cause: 6 literal facts (int32 in generic code), good. The same helpers written right: positions cast to
// float32 before the 0.5 scale, the mask id an integer, counts compared with 0.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function interpolated<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32'>) {
  return st.mul(st.cast(ids, 'float32'), 0.5);
}
function masked<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32'>, rate: number) {
  return ids.where(st.greaterEqual(st.randomUniform(ids.shape), rate), 103);
}
function present<B extends number, T extends number, V extends number>(ids: st.Tensor<[B, T], 'int32'>, vocab: V) {
  return st.greater(st.sum(st.oneHot(ids, vocab), 1), 0);
}
const ids = st.zeros([2, 16], 'int32');
export const pos: Eq<typeof interpolated<2, 16>, (ids: st.Tensor<[2, 16], 'int32'>) => st.Tensor<[2, 16]>> = true;
export const m = masked(ids, 0.15);
const p = present(ids, 100);
export const seen: Eq<typeof p, st.Tensor<[2, 100], 'bool'>> = true;
