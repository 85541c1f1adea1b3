// cause: 2 generic code. Grouped-query attention's keys and values split by the key/value head count, HF style
// (`view(b, t, -1, head_dim)` for the queries, `view(b, t, kv_heads, -1)` for the keys): each -1 is the other factor
// of its projection's width, so queries are [B, T, H, Dh] and keys [B, T, KV, Dh] in generic code.
// expect: ok
import * as st from '../../src/index.js';

function heads<B extends number, T extends number, H extends number, KV extends number, Dh extends number>(
  q: st.Tensor<[B, T, st.Mul<H, Dh>]>, k: st.Tensor<[B, T, st.Mul<KV, Dh>]>, _heads: H, kvHeads: KV, headDim: Dh,
): [st.Tensor<[B, H, T, Dh]>, st.Tensor<[B, KV, T, Dh]>] {
  const [b, t] = q.shape;
  const qh = st.transpose(st.reshape(q, [b, t, -1, headDim]), [0, 2, 1, 3]);
  const kh = st.transpose(k.reshape([b, t, kvHeads, -1]), [0, 2, 1, 3]);
  return [qh, kh];
}
const [qh, kh] = heads(st.randomNormal([2, 8, 64]), st.randomNormal([2, 8, 32]), 4, 2, 16);
export const shapes: [[2, 4, 8, 16], [2, 2, 8, 16]] = [qh.shape, kh.shape];
