// cause: 7 messages. A generic decoder layer whose cross-attention key projection is Linear<D, D> (the decoder's
// width), given the encoder memory of width E: the layer's sentence over the user's dims.
// expect: Linear.forward: the input's last dim must be the layer's in-features
import * as st from '../../src/index.js';

class CrossKV<D extends number, E extends number> extends st.Module {
  readonly key: st.Linear<D, D>;
  constructor(dim: D, readonly encoderDim: E, seeds: st.SeedSequence) {
    super();
    this.key = new st.Linear(dim, dim, seeds, 'default');
  }
  keys<B extends number, S extends number>(memory: st.Tensor<[B, S, E]>) {
    return this.key.forward(memory); // error
  }
}
export const layer = new CrossKV(256, 512, new st.SeedSequence(0));
