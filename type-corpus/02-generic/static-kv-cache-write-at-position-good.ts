// cause: 2 generic code. A preallocated (static) KV cache of S positions, as Hugging Face's StaticCache: the new
// token's key written at position pos by concatenating three pieces along the time axis (before, the key, after),
// then attention over the first pos + 1 positions. Generic over the cache's dims; pos known at run time.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
class StaticCache<B extends number, H extends number, S extends number, Dh extends number> {
  constructor(public keys: st.Tensor<[B, H, S, Dh]>, public values: st.Tensor<[B, H, S, Dh]>) {}
  write(pos: number, k: st.Tensor<[B, H, 1, Dh]>, v: st.Tensor<[B, H, 1, Dh]>) {
    const [b, h, s, dh] = this.keys.shape;
    const put = (buf: st.Tensor<[B, H, S, Dh]>, x: st.Tensor<[B, H, 1, Dh]>) => {
      const before = st.slice(buf, [0, 0, 0, 0], [-1, -1, pos, -1]);
      const after = st.slice(buf, [0, 0, pos + 1, 0], [-1, -1, s - pos - 1, -1]);
      return st.withShape(st.concat([before, x, after], 2), [b, h, s, dh]);
    };
    this.keys = put(this.keys, k);
    this.values = put(this.values, v);
  }
  attend(q: st.Tensor<[B, H, 1, Dh]>, length: number) {
    const keys = st.slice(this.keys, [0, 0, 0, 0], [-1, -1, length, -1]);
    const values = st.slice(this.values, [0, 0, 0, 0], [-1, -1, length, -1]);
    const p = st.softmax(st.mul(st.matMul(q, keys, false, true), 1 / Math.sqrt(q.shape[3])), -1);
    return st.matMul(p, values);
  }
}
const cache = new StaticCache(st.zeros([1, 4, 32, 16]), st.zeros([1, 4, 32, 16]));
const k = st.randomNormal([1, 4, 1, 16]);
cache.write(0, k, k);
cache.write(1, k, k);
const out = cache.attend(k, 2);
export const ok: Eq<typeof out.shape, [1, 4, 1, 16]> = true;
