// cause: 3 products. Two of the user's own groupings of one product meet through st.regroup: (Rep x Dh) per
// key/value head in the input projection, (KV x Rep) heads of Dh in the attention, and back.
// expect: ok
import * as st from '../../src/index.js';

type PerKvHead<Rep extends number, Dh extends number> = st.Mul<Rep, Dh>;
function mix<KV extends number, Rep extends number, Dh extends number, B extends number, T extends number>(
  kv: KV, rep: Rep, dh: Dh,
  x: st.Tensor<[B, T, st.Mul<KV, PerKvHead<Rep, Dh>>]>, w: st.Tensor<[st.Mul<st.Mul<KV, Rep>, Dh>, st.Mul<st.Mul<KV, Rep>, Dh>]>,
): st.Tensor<[B, T, st.Mul<KV, PerKvHead<Rep, Dh>>]> {
  const byHead = st.regroup(x, [kv, rep, dh]);                     // [B, T, (KV x Rep) x Dh]
  const heads = st.splitLastDim(st.linear(byHead, w), st.dimMul(kv, rep), dh);
  const merged = st.mergeLastDims(st.mul(heads, 0.5));
  return st.regroup(merged, [kv, rep, dh], x);                     // back to x's KV x (Rep x Dh)
}
export const y = mix(2, 2, 8, st.zeros([1, 4, 32]), st.zeros([32, 32]));
