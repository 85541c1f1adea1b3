// cause: 2 generic code. MLP-Mixer: the token-mixing MLP is applied without moving the token axis last, so a
// Linear<T, Ht> meets the channel axis C of [B, T, C].
// expect: Linear.forward: the input's last dim must be the layer's in-features
// expect: [B, T, C]
// expect: [B, T, T]
import * as st from '../../src/index.js';

class TokenMixer<T extends number, C extends number, Ht extends number> extends st.Module {
  readonly up: st.Linear<T, Ht>;
  readonly down: st.Linear<Ht, T>;
  constructor(tokens: T, readonly channels: C, hidden: Ht, seeds: st.SeedSequence) {
    super();
    this.up = new st.Linear(tokens, hidden, seeds, 'default');
    this.down = new st.Linear(hidden, tokens, seeds, 'default');
  }
  forward<B extends number>(x: st.Tensor<[B, T, C]>) {
    return this.down.forward(st.gelu(this.up.forward(x))); // error
  }
}
export const mixer = new TokenMixer(64, 128, 32, new st.SeedSequence(0));
