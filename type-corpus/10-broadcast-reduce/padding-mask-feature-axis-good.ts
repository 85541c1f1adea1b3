// cause: 10 broadcast (where, mean), good. Masked mean pooling of [B, T, D] hidden states: the [B, T] mask gets
// a trailing axis, zeroes the padding, and the sum over time is divided by the count of real tokens per row.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function meanPool<B extends number, T extends number, D extends number>(hidden: st.Tensor<[B, T, D]>, attention: st.Tensor<[B, T], 'int32'>) {
  const keep = st.expandDims(st.equal(attention, 1), -1);
  const summed = st.sum(st.where(keep, hidden, 0), 1);
  const counts = st.maximum(st.sum(st.cast(attention, 'float32'), 1, true), 1);
  return st.div(summed, counts);
}
const pooled = meanPool(st.zeros([4, 32, 384]), st.ones([4, 32], 'int32'));
export const shape: Eq<typeof pooled.shape, [4, 384]> = true;
