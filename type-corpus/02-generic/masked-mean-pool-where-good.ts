// cause: 2 generic code. Masked mean pooling of a sentence encoder: padded positions are zeroed with a
// [B, T, 1] mask over the [B, T, D] hidden states (where), then summed and divided by the real lengths.
// expect: ok
import * as st from '../../src/index.js';

function meanPool<B extends number, T extends number, D extends number>(h: st.Tensor<[B, T, D]>, keep: st.Tensor<[B, T], 'bool'>): st.Tensor<[B, D]> {
  const mask = st.expandDims(keep, -1);
  const summed = st.sum(st.where(mask, h, 0), 1);
  const counts = st.sum(st.cast(mask, 'float32'), 1);
  return st.div(summed, st.maximum(counts, st.ones([1, 1])));
}
export const pooled: st.Tensor<[2, 32]> = meanPool(st.randomNormal([2, 6, 32]), st.greater(st.randomNormal([2, 6]), 0));
