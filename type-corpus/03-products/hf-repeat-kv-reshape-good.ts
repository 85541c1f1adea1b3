// cause: 3 products. Hugging Face's repeat_kv in generic code: keys [B, KV, T, Dh] get a repeat axis, are tiled along
// it and merged back into the head axis, `reshape(b, kv * n_rep, t, d)`, written with -1 (the merged run of KV and
// Rep): [B, Mul<KV, Rep>, T, Dh]. (Written out with st.dimMul(kv, rep) it is refused with reshape's generic sentence:
// see explicit-generic-reshape-merged-middle.)
// expect: ok
import * as st from '../../src/index.js';

function repeatKv<B extends number, KV extends number, T extends number, Dh extends number, Rep extends number>(
  keys: st.Tensor<[B, KV, T, Dh]>, rep: Rep,
): st.Tensor<[B, st.Mul<KV, Rep>, T, Dh]> {
  const [b, , t, dh] = keys.shape;
  const tiled = st.tile(st.expandDims(keys, 2), [1, 1, rep, 1, 1]); // [B, KV, Rep, T, Dh]
  return st.reshape(tiled, [b, -1, t, dh]);
}
export const shape: [2, 6, 8, 16] = repeatKv(st.randomNormal([2, 2, 8, 16]), 3).shape;
