// cause: 5 silent checks. Save a user's own Module to safetensors and load it back into a fresh instance
// (resuming a fine-tune): the parameter names are typed by the fields (ParamNames), a frozen subset is
// picked by name from the typed record, and the loaded model's forward keeps its dims.
// expect: ok
import * as os from 'node:os';
import * as path from 'node:path';
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

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
  forward<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32'>) {
    return this.proj.forward(this.norm.forward(this.embed.forward(ids)));
  }
}

const file = path.join(os.tmpdir(), 'encoder.safetensors');
const trained = new Encoder(1000, 64, 0);
st.saveModule(trained, file, { step: '1200' });
const resumed = new Encoder(1000, 64, 1);
st.loadModule(resumed, file);
const frozen: st.ParamNames<Encoder<1000, 64>>[] = ['embed.weight', 'norm.weight'];
const params = resumed.parameters();
const trainable = { 'proj.weight': params['proj.weight'] };
const h = resumed.forward(st.zeros([2, 16], 'int32'));
export const shape: Eq<typeof h.shape, [2, 16, 64]> = true;
export const names = frozen.length + Object.keys(trainable).length;
