// cause: 2 generic code. A sliding-window attention cache: the cache holds Max positions, and each step reads
// the first `len` of them (a length the caller's type parameter names, checked at run time against Max), then
// the last position of a [B, T, V] logits block (begin known only at run time).
// expect: ok
import * as st from '../../src/index.js';

class WindowCache<B extends number, H extends number, Max extends number, Dh extends number> {
  constructor(readonly keys: st.Tensor<[B, H, Max, Dh]>) {}
  window<Len extends number>(len: Len): st.Tensor<[B, H, Len, Dh]> {
    return st.slice(this.keys, [0, 0, 0, 0], [-1, -1, len, -1]);
  }
}
function crop<B extends number, T extends number, D extends number, W extends number>(x: st.Tensor<[B, T, D]>, start: number, width: W): st.Tensor<[B, W, D]> {
  return st.slice(x, [0, start, 0], [-1, width, -1]);
}
const cache = new WindowCache(st.zeros([1, 4, 32, 16]));
export const recent: st.Tensor<[1, 4, 8, 16]> = cache.window(8);
export const tokens: st.Tensor<[2, 4, 64]> = crop(st.zeros([2, 16, 64]), 3, 4);
