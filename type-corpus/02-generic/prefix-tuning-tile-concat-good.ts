// cause: 2 generic code. Prompt tuning: P learned prefix vectors prepended to the token embeddings along time.
// expect: ok
import * as st from '../../src/index.js';

class PrefixEncoder<P extends number, D extends number> {
  readonly prefix: st.Variable<[1, P, D]>;
  constructor(p: P, d: D) {
    this.prefix = st.variable(st.randomNormal([1, p, d], 0, 0.02));
  }
  prepend<B extends number, T extends number>(x: st.Tensor<[B, T, D]>): st.Tensor<[B, st.Add<P, T>, D]> {
    const [b] = x.shape;
    const tiled = st.tile(this.prefix, [b, 1, 1]);
    return st.concat([tiled, x], 1);
  }
}
const enc = new PrefixEncoder(4, 32);
export const h = enc.prepend(st.randomNormal([2, 10, 32]));
