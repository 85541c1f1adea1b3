// cause: 7 messages. A user's generic feed-forward module applies its down projection (hidden -> model width)
// to the block's input instead of the hidden activations: Linear.forward names the layer's in-features.
// expect: Linear.forward: the input's last dim must be the layer's in-features
// expect: Tensor<[B, T, H]
import * as st from '../../src/index.js';

class FeedForward<D extends number, H extends number> extends st.Module {
  readonly up: st.Linear<D, H>;
  readonly down: st.Linear<H, D>;
  constructor(dim: D, hidden: H, seeds: st.SeedSequence) {
    super();
    this.up = new st.Linear(dim, hidden, seeds, 'default');
    this.down = new st.Linear(hidden, dim, seeds, 'default');
  }
  forward<B extends number, T extends number>(x: st.Tensor<[B, T, D]>): st.Tensor<[B, T, D]> {
    const hidden = st.gelu(this.up.forward(x));
    st.dispose([hidden]);
    return this.down.forward(x); // error
  }
}
export const ffn = new FeedForward(64, 256, new st.SeedSequence(0));
