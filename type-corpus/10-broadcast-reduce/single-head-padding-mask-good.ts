// cause: 10 broadcast. A single-head attention pooler over padded sentences (as a small text classifier writes
// it): the padding mask [B, T] expanded to [B, 1, T] masks the scores [B, T, T] of every query, the weights
// average the values, and the masked mean over real tokens gives one vector per sentence.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

function attendPadded<B extends number, T extends number, D extends number>(h: st.Tensor<[B, T, D]>, pad: st.Tensor<[B, T], 'bool'>) {
  const scores = st.div(st.matMul(h, h, false, true), Math.sqrt(64));
  const w = st.softmax(st.where(st.expandDims(pad, 1), scores, -1e9));
  const ctx = st.matMul(w, h);
  const m = st.expandDims(st.cast(pad, 'float32'), -1);
  return st.div(st.sum(st.mul(ctx, m), 1), st.maximum(st.sum(m, 1), 1));
}
const pooled = attendPadded(st.randomNormal([4, 12, 64]), st.ones([4, 12], 'bool'));
export const shape: Eq<typeof pooled.shape, [4, 64]> = true;
