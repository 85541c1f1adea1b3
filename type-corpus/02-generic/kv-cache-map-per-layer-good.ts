// cause: 2 generic code. A decoder's KV cache kept in a Map keyed by layer index (tensors stored in a Map),
// appended along time for each new token and read back for attention; optional chaining for a missing entry.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
class LayerCache<B extends number, H extends number, Dh extends number> {
  private readonly entries = new Map<number, { k: st.Tensor<[B, H, number, Dh]>; v: st.Tensor<[B, H, number, Dh]> }>();
  length(layer: number): number {
    return this.entries.get(layer)?.k.shape[2] ?? 0;
  }
  update<T extends number>(layer: number, k: st.Tensor<[B, H, T, Dh]>, v: st.Tensor<[B, H, T, Dh]>) {
    const old = this.entries.get(layer);
    const next = old ? { k: st.concat([old.k, k], 2), v: st.concat([old.v, v], 2) } : { k: st.withShape(k, [k.shape[0], k.shape[1], k.shape[2] as number, k.shape[3]]), v: st.withShape(v, [v.shape[0], v.shape[1], v.shape[2] as number, v.shape[3]]) };
    this.entries.set(layer, next);
    return next;
  }
}
function decodeStep<B extends number, H extends number, Dh extends number>(cache: LayerCache<B, H, Dh>, layer: number, q: st.Tensor<[B, H, 1, Dh]>, k: st.Tensor<[B, H, 1, Dh]>, v: st.Tensor<[B, H, 1, Dh]>) {
  const { k: keys, v: values } = cache.update(layer, k, v);
  const scores = st.mul(st.matMul(q, keys, false, true), 1 / Math.sqrt(q.shape[3]));
  return st.matMul(st.softmax(scores, -1), values);
}
const cache = new LayerCache<1, 4, 16>();
let out = decodeStep(cache, 0, st.randomNormal([1, 4, 1, 16]), st.randomNormal([1, 4, 1, 16]), st.randomNormal([1, 4, 1, 16]));
out = decodeStep(cache, 0, out, out, out);
export const ok: Eq<typeof out.shape, [1, 4, 1, 16]> = true;
export const len = cache.length(0);
