// cause: 2 generic code. An MLP-Mixer block (no attention, no conv) in the user's own Module over generic
// tokens and channels: token mixing runs an MLP across the T axis (transpose to [B, C, T], Linear<T, ...>,
// transpose back), channel mixing across C; layer norm written by hand; residuals around both.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

function layerNorm<B extends number, T extends number, C extends number>(x: st.Tensor<[B, T, C]>) {
  const mu = st.mean(x, -1, true);
  const centered = st.sub(x, mu);
  const variance = st.mean(st.square(centered), -1, true);
  return st.div(centered, st.sqrt(st.add(variance, 1e-5)));
}

class MixerBlock<T extends number, C extends number, Ht extends number, Hc extends number> extends st.Module {
  readonly token1: st.Linear<T, Ht>;
  readonly token2: st.Linear<Ht, T>;
  readonly channel1: st.Linear<C, Hc>;
  readonly channel2: st.Linear<Hc, C>;
  constructor(tokens: T, channels: C, tokenHidden: Ht, channelHidden: Hc, seeds: st.SeedSequence) {
    super();
    this.token1 = new st.Linear(tokens, tokenHidden, seeds, 'default');
    this.token2 = new st.Linear(tokenHidden, tokens, seeds, 'default');
    this.channel1 = new st.Linear(channels, channelHidden, seeds, 'default');
    this.channel2 = new st.Linear(channelHidden, channels, seeds, 'default');
  }
  forward<B extends number>(x: st.Tensor<[B, T, C]>): st.Tensor<[B, T, C]> {
    const acrossTokens = st.transpose(layerNorm(x), [0, 2, 1]);
    const mixed = this.token2.forward(st.gelu(this.token1.forward(acrossTokens)));
    const h = st.add(x, st.transpose(mixed, [0, 2, 1]));
    return st.add(h, this.channel2.forward(st.gelu(this.channel1.forward(layerNorm(h)))));
  }
}

const block = new MixerBlock(64, 128, 32, 512, new st.SeedSequence(1));
const y = block.forward(block.forward(st.randomNormal([4, 64, 128])));
export const shape: Eq<typeof y.shape, [4, 64, 128]> = true;
