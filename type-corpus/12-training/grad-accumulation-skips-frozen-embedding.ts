// cause: 12 training. Freezing the embedding: the user takes the gradients of every parameter but the
// embedding's (object rest), then hands them to the optimizer together with the whole parameter record,
// so the embedding would silently never train and the optimizer meets a parameter without a gradient.
// expect: Property '"embed.weight"' is missing
import * as st from '../../src/index.js';

class Tagger<V extends number, D extends number, C extends number> extends st.Module {
  readonly embed: st.Embedding<V, D>;
  readonly head: st.Linear<D, C>;
  constructor(v: V, d: D, c: C, seeds: st.SeedSequence) {
    super();
    this.embed = new st.Embedding(v, d, seeds, 'default');
    this.head = new st.Linear(d, c, seeds, 'default');
  }
  forward<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32'>) {
    return this.head.forward(this.embed.forward(ids));
  }
}

const tagger = new Tagger(100, 32, 5, new st.SeedSequence(1));
const params = tagger.parameters();
const { 'embed.weight': _frozen, ...trainable } = params;
const opt = new st.SGD({ learningRate: 0.1 });
const ids = st.zeros([4, 12], 'int32');
const tags = st.zeros([4, 12], 'int32');
const { grads } = st.variableGrads(() => st.sparseSoftmaxCrossEntropy(tagger.forward(ids), tags), trainable);
opt.apply(params, grads); // error
