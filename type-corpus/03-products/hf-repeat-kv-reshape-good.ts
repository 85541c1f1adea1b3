// cause: 3 products. Hugging Face's repeat_kv in generic code: keys [B, KV, T, Dh] get a repeat axis, are tiled along
// it and merged back into the head axis, `reshape(b, kv * n_rep, t, d)`, written both with -1 (the merged run of
// KV and Rep) and with st.dimMul: both give [B, Mul<KV, Rep>, T, Dh].
// expect: ok
import * as st from '../../src/index.js';

function repeatKv<B extends number, KV extends number, T extends number, Dh extends number, Rep extends number>(
  keys: st.Tensor<[B, KV, T, Dh]>, rep: Rep,
): [st.Tensor<[B, st.Mul<KV, Rep>, T, Dh]>, st.Tensor<[B, st.Mul<KV, Rep>, T, Dh]>] {
  const [b, kv, t, dh] = keys.shape;
  const tiled = st.tile(st.expandDims(keys, 2), [1, 1, rep, 1, 1]); // [B, KV, Rep, T, Dh]
  return [st.reshape(tiled, [b, -1, t, dh]), st.reshape(tiled, [b, st.dimMul(kv, rep), t, dh])];
}
const [a, c] = repeatKv(st.randomNormal([2, 2, 8, 16]), 3);
export const shapes: [[2, 6, 8, 16], [2, 6, 8, 16]] = [a.shape, c.shape];
