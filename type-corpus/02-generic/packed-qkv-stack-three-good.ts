// cause: 2 generic code. FlashAttention's packed layout: q, k and v [B, T, H, Dh] stacked on a new axis 2 into
// qkv [B, T, 3, H, Dh] (torch.stack([q, k, v], dim=2)), passed around as one tensor and unstacked where attention
// needs the three, in a generic layer.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
function pack<B extends number, T extends number, H extends number, Dh extends number>(
  q: st.Tensor<[B, T, H, Dh]>, k: st.Tensor<[B, T, H, Dh]>, v: st.Tensor<[B, T, H, Dh]>,
) {
  return st.stack([q, k, v], 2);
}
function attendPacked<B extends number, T extends number, H extends number, Dh extends number>(qkv: st.Tensor<[B, T, 3, H, Dh]>) {
  const [q, k, v] = st.unstack(qkv, 2).map((t) => st.transpose(t, [0, 2, 1, 3]));
  const p = st.softmax(st.mul(st.matMul(q, k, false, true), 1 / Math.sqrt(qkv.shape[4])), -1);
  return st.transpose(st.matMul(p, v), [0, 2, 1, 3]);
}
const x = st.randomNormal([2, 5, 4, 16]);
const qkv = pack(x, st.mul(x, 2), st.neg(x));
const out = attendPacked(qkv);
export const ok: Eq<[typeof qkv.shape, typeof out.shape], [[2, 5, 3, 4, 16], [2, 5, 4, 16]]> = true;
