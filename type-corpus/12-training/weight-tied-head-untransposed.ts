// cause: 12 training. Weight tying written without the transpose: the hidden states [4, 16, 32] times the
// embedding table [65, 32] as stored; the matMul sentence names the inner dims.
// expect: matMul: inner dimensions differ (32 vs 65)
import * as st from '../../src/index.js';

class TiedLm<V extends number, D extends number> extends st.Module {
  readonly wte: st.Embedding<V, D>;
  readonly proj: st.Linear<D, D>;
  constructor(vocab: V, dim: D, seeds: st.SeedSequence) {
    super();
    this.wte = new st.Embedding(vocab, dim, seeds, 'default');
    this.proj = new st.Linear(dim, dim, seeds, 'default');
  }
}
const lm = new TiedLm(65, 32, new st.SeedSequence(0));
const h = st.tanh(lm.proj.forward(lm.wte.forward(st.zeros([4, 16], 'int32'))));
export const logits = st.matMul(h, lm.wte.weight); // error
