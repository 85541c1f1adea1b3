// cause: 7 messages. A generic pre-norm MLP block normalises the hidden activations with the norm built for the
// model width: RMSNorm.forward says the input's last dim must be the layer's dim.
// expect: RMSNorm.forward: the input's last dim must be the layer's dim
import * as st from '../../src/index.js';

class MlpBlock<D extends number, H extends number> extends st.Module {
  readonly norm: st.RMSNorm<D>;
  readonly up: st.Linear<D, H>;
  readonly down: st.Linear<H, D>;
  constructor(dim: D, hidden: H, seeds: st.SeedSequence) {
    super();
    this.norm = new st.RMSNorm(dim, 1e-5, 'default');
    this.up = new st.Linear(dim, hidden, seeds, 'default');
    this.down = new st.Linear(hidden, dim, seeds, 'default');
  }
  forward<B extends number, T extends number>(x: st.Tensor<[B, T, D]>) {
    const h = st.silu(this.up.forward(x));
    return st.add(x, this.down.forward(this.norm.forward(h))); // error
  }
}
export const block = new MlpBlock(32, 128, new st.SeedSequence(1));
