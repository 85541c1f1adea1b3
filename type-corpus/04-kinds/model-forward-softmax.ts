// cause: 4 kind tags. The "Llama from scratch" post's bug: softmax inside the model's forward, trained with cross-entropy.
// expect: probabilities
import * as st from '../../src/index.js';

class TinyLM<V extends number, D extends number> {
  readonly embed: st.Variable<[V, D]>;
  readonly unembed: st.Variable<[D, V]>;
  constructor(vocab: V, dim: D) {
    this.embed = st.variable(st.randomNormal([vocab, dim], 0, 0.02));
    this.unembed = st.variable(st.randomNormal([dim, vocab], 0, 0.02));
  }
  forward<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32'>): st.Tensor<[B, T, V]> {
    const h = st.gather(this.embed, ids);
    return st.softmax(st.linear(h, this.unembed)); // error
  }
}
const model = new TinyLM(65, 32);
const ids = st.zeros([4, 16], 'int32');
export const loss = st.sparseSoftmaxCrossEntropy(model.forward(ids), ids);
