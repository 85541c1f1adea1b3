// cause: 3 products. The user's own grouped-query attention with Llama's repeat_kv: keys and values of KV
// heads repeated Rep times along the heads axis give [B, Mul<KV, Rep>, S, Dh], which meet queries of
// Mul<KV, Rep> heads; the output merges back to Mul<Mul<KV, Rep>, Dh>.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

function gqa<B extends number, KV extends number, Rep extends number, T extends number, Dh extends number>(
  q: st.Tensor<[B, st.Mul<KV, Rep>, T, Dh]>, k: st.Tensor<[B, KV, T, Dh]>, v: st.Tensor<[B, KV, T, Dh]>, rep: Rep,
) {
  const kr = st.repeatInterleave(k, rep, 1);
  const vr = st.repeatInterleave(v, rep, 1);
  const w = st.softmax(st.div(st.matMul(q, kr, false, true), 8));
  const out = st.matMul(w, vr);
  return st.mergeLastDims(st.transpose(out, [0, 2, 1, 3]));
}
const y = gqa(st.zeros([2, 8, 16, 64]), st.zeros([2, 2, 16, 64]), st.zeros([2, 2, 16, 64]), 4);
export const shape: Eq<typeof y.shape, [2, 16, 512]> = true;
