// cause: 2 generic code. A ViT's learned [CLS] token ([1, 1, D]) repeated over the batch with tile by the
// batch read from the patches' shape, prepended to the patch embeddings, then a learned position table added.
// expect: ok
import * as st from '../../src/index.js';

class PatchTokens<N extends number, D extends number> {
  readonly cls: st.Variable<[1, 1, D]>;
  constructor(readonly positions: st.Variable<[1, st.Add<1, N>, D]>, dim: D) {
    this.cls = st.variable(st.randomNormal([1, 1, dim], 0, 0.02));
  }
  forward<B extends number>(patches: st.Tensor<[B, N, D]>): st.Tensor<[B, st.Add<1, N>, D]> {
    const [b] = patches.shape;
    const cls = st.tile(this.cls, [b, 1, 1]);
    return st.add(st.concat([cls, patches], 1), this.positions);
  }
}
const tokens = new PatchTokens<16, 32>(st.variable(st.randomNormal([1, 17, 32], 0, 0.02)), 32);
export const h: st.Tensor<[4, 17, 32]> = tokens.forward(st.randomNormal([4, 16, 32]));
