// cause: 12 training. An EMA model kept as a second instance of the user's module: initialised from the online
// model's state dict, then updated parameter by parameter through the typed records (each assign checked).
// expect: ok
import * as st from '../../src/index.js';

class Encoder<V extends number, D extends number> extends st.Module {
  readonly embed: st.Embedding<V, D>;
  readonly norm: st.RMSNorm<D>;
  readonly proj: st.Linear<D, D>;
  constructor(v: V, d: D, seed: number) {
    super();
    const seeds = new st.SeedSequence(seed);
    this.embed = new st.Embedding(v, d, seeds, 'default');
    this.norm = new st.RMSNorm(d, 1e-5, 'default');
    this.proj = new st.Linear(d, d, seeds, 'default');
  }
}

const online = new Encoder(1000, 64, 0);
const ema = new Encoder(1000, 64, 1);
ema.loadStateDict(online.stateDict());
const decay = 0.999;
const target = ema.parameters();
const source = online.parameters();
st.tidy(() => {
  target['proj.weight'].assign(st.add(st.mul(target['proj.weight'], decay), st.mul(source['proj.weight'], 1 - decay)));
  target['norm.weight'].assign(st.add(st.mul(target['norm.weight'], decay), st.mul(source['norm.weight'], 1 - decay)));
});
export const names = Object.keys(target);
