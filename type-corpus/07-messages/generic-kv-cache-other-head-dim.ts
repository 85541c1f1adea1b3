// cause: 7 messages. A generic KV cache that appends keys of another head dim: concat's sentence names both shapes.
// expect: concat: shapes [${B}, ${H}, ${S}, ${Dh}] and [${B}, ${H}, ${T}, ${Dk}] differ off the concat axis 2
import * as st from '../../src/index.js';

class KVCache<B extends number, H extends number, Dh extends number> {
  constructor(readonly batch: B, readonly heads: H, readonly headDim: Dh) {}
  append<S extends number, T extends number, Dk extends number>(past: st.Tensor<[B, H, S, Dh]>, fresh: st.Tensor<[B, H, T, Dk]>) {
    return st.concat([past, fresh], 2); // error
  }
}
export const cache = new KVCache(1, 4, 16);
