// cause: 3 products. The user's repeat_kv repeats the keys along the time axis (2) instead of the heads axis
// (1): [B, KV, Mul<T, Rep>, Dh] cannot meet the queries' Mul<KV, Rep> heads.
// expect: matMul: inner dimensions differ (${Dh} vs ${Dh}) or batch dims [${B}, ${Mul<KV, Rep>}] and [${B}, ${KV}] do not broadcast
import * as st from '../../src/index.js';

function scores<B extends number, KV extends number, Rep extends number, T extends number, Dh extends number>(
  q: st.Tensor<[B, st.Mul<KV, Rep>, T, Dh]>, k: st.Tensor<[B, KV, T, Dh]>, rep: Rep,
) {
  const kr = st.repeatInterleave(k, rep, 2);
  return st.matMul(q, kr, false, true); // error
}
export const s = scores(st.zeros([2, 8, 16, 64]), st.zeros([2, 2, 16, 64]), 4);
