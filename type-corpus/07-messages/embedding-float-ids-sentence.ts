// cause: 7 messages. A user's bag-of-words classifier built from the library's Embedding and Linear; the batch
// of token ids comes from a Float32Array (a data loader's buffer) and is never cast: the embedding's sentence.
// expect: Embedding.forward: the ids must be int32
// expect: "float32"
import * as st from '../../src/index.js';

class BagOfWords<V extends number, D extends number, C extends number> extends st.Module {
  readonly embed: st.Embedding<V, D>;
  readonly head: st.Linear<D, C>;
  constructor(vocab: V, dim: D, classes: C, seeds: st.SeedSequence) {
    super();
    this.embed = new st.Embedding(vocab, dim, seeds, 'default');
    this.head = new st.Linear(dim, classes, seeds, 'default');
  }
  logits<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32'>): st.Tensor<[B, C]> {
    return this.head.forward(st.mean(this.embed.forward(ids), 1));
  }
}
const clf = new BagOfWords(5000, 64, 4, new st.SeedSequence(0));
const buffer = new Float32Array(8 * 32);
const batch = st.tensor(buffer, [8, 32]);
export const pooled = st.mean(clf.embed.forward(batch), 1); // error
