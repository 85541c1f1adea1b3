// cause: 5 silent checks. Picking the parameters to fine-tune by name from the typed record: a typo in the
// state-dict name ('proj.weigth') is an error where it is written, not a parameter that silently never
// trains (an untyped Record<string, Variable> would give undefined).
// expect: Property 'proj.weigth' does not exist on type 'ParamsOf<Encoder<1000, 64>>'. Did you mean 'proj.weight'?
import * as st from '../../src/index.js';

class Encoder<V extends number, D extends number> extends st.Module {
  readonly embed: st.Embedding<V, D>;
  readonly proj: st.Linear<D, D>;
  constructor(v: V, d: D, seeds: st.SeedSequence) {
    super();
    this.embed = new st.Embedding(v, d, seeds, 'default');
    this.proj = new st.Linear(d, d, seeds, 'default');
  }
}
const params = new Encoder(1000, 64, new st.SeedSequence(0)).parameters();
export const trainable = { 'proj.weight': params['proj.weigth'] }; // error
