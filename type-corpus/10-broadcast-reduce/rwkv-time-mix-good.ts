// cause: 10 broadcast/reduce (new family): RWKV-4's WKV recurrence for one layer, step by step with
// literal dims: a = e^k v accumulated with decay e^-w, the bonus u for the current token, out = r * wkv.
// expect: ok
import * as st from '../../src/index.js';

const B = 2, T = 8, C = 32;
const w = st.exp(st.randomNormal([C]));          // per-channel decay rate
const u = st.randomNormal([C]);                  // bonus for the current token

export function wkv(r: st.Tensor<[2, 8, 32]>, k: st.Tensor<[2, 8, 32]>, v: st.Tensor<[2, 8, 32]>) {
  const ks = st.unstack(k, 1), vs = st.unstack(v, 1), rs = st.unstack(r, 1);
  let num = st.zeros([B, C]);
  let den = st.zeros([B, C]);
  const outs: st.Tensor<[2, 32]>[] = [];
  const decay = st.exp(st.neg(w));
  for (let t = 0; t < T; t++) {
    const ek = st.exp(ks[t]);
    const euk = st.exp(st.add(ks[t], u));
    const out = st.div(st.add(num, st.mul(euk, vs[t])), st.add(den, euk));
    outs.push(st.mul(st.sigmoid(rs[t]), out));
    num = st.add(st.mul(num, decay), st.mul(ek, vs[t]));
    den = st.add(st.mul(den, decay), ek);
  }
  return st.stack(outs, 1);
}
export const out = wkv(st.randomNormal([B, T, C]), st.randomNormal([B, T, C]), st.randomNormal([B, T, C]));
