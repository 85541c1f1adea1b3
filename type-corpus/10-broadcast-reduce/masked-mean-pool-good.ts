// cause: 10 broadcast/reduce. Sentence embeddings by masked mean pooling (sentence-transformers): token
// states [B, T, D] times the padding mask expanded to [B, T, 1], summed over time, divided by the number of
// real tokens per row [B, 1].
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

function meanPool<B extends number, T extends number, D extends number>(h: st.Tensor<[B, T, D]>, pad: st.Tensor<[B, T], 'bool'>) {
  const m = st.cast(pad, 'float32');
  const summed = st.sum(st.mul(h, st.expandDims(m, -1)), 1);
  const counts = st.maximum(st.sum(m, -1, true), 1);
  return st.div(summed, counts);
}
const e = meanPool(st.randomNormal([8, 32, 384]), st.ones([8, 32], 'bool'));
export const shape: Eq<typeof e.shape, [8, 384]> = true;
