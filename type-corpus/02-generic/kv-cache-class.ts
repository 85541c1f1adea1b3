// cause: 2 generic code. A KV cache that grows by one step per decode call; its time dim is `number`.
// expect: ok
import * as st from '../../src/index.js';

class KVCache<B extends number, H extends number, Dh extends number> {
  keys: st.Tensor<[B, H, number, Dh]>;
  values: st.Tensor<[B, H, number, Dh]>;
  constructor(b: B, h: H, dh: Dh) {
    this.keys = st.zeros([b, h, 0, dh]);
    this.values = st.zeros([b, h, 0, dh]);
  }
  append<T extends number>(k: st.Tensor<[B, H, T, Dh]>, v: st.Tensor<[B, H, T, Dh]>): void {
    this.keys = st.concat([this.keys, k], 2);
    this.values = st.concat([this.values, v], 2);
  }
  attend<T extends number>(q: st.Tensor<[B, H, T, Dh]>): st.Tensor<[B, H, T, Dh]> {
    const scores = st.matMul(q, this.keys, false, true);
    return st.matMul(st.softmax(scores), this.values);
  }
}
const cache = new KVCache(1, 8, 64);
cache.append(st.randomNormal([1, 8, 1, 64]), st.randomNormal([1, 8, 1, 64]));
export const out = cache.attend(st.randomNormal([1, 8, 1, 64]));
