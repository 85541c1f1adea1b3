// cause: 2 generic code. A fused QKV projection of grouped-query attention split by sizes, as vLLM writes it:
// `q, k, v = qkv.split([q_size, kv_size, kv_size], dim=-1)`. The sizes are the layer's own values (type parameters),
// so each part has its size on the last axis; whether they add up to the width is checked at run time.
// expect: ok
import * as st from '../../src/index.js';

class FusedQkv<Q extends number, KV extends number> {
  constructor(readonly qSize: Q, readonly kvSize: KV) {}
  split<B extends number, T extends number, W extends number>(qkv: st.Tensor<[B, T, W]>) {
    const [q, k, v] = qkv.split([this.qSize, this.kvSize, this.kvSize], -1);
    const keys: st.Tensor<[B, T, KV]> = k;
    return { q, keys, v };
  }
}
const parts = new FusedQkv(64, 16).split(st.randomNormal([2, 8, 96]));
export const shapes: [[2, 8, 64], [2, 8, 16], [2, 8, 16]] = [parts.q.shape, parts.keys.shape, parts.v.shape];
