// cause: 12 training. Freezing the embedding of a user's tagger by destructuring it out of the typed parameter
// record; the rest is differentiated, clipped and updated. Must compile (the rest keeps its names and shapes).
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
class Tagger<V extends number, D extends number, C extends number> extends st.Module {
  readonly embed: st.Embedding<V, D>;
  readonly mix: st.Linear<D, D>;
  readonly out: st.Linear<D, C>;
  constructor(vocab: V, dim: D, tags: C, seeds: st.SeedSequence) {
    super();
    this.embed = new st.Embedding(vocab, dim, seeds, 'default');
    this.mix = new st.Linear(dim, dim, seeds, 'default');
    this.out = new st.Linear(dim, tags, seeds, 'default');
  }
  forward<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32'>): st.Tensor<[B, T, C]> {
    return this.out.forward(st.gelu(this.mix.forward(this.embed.forward(ids))));
  }
}
const tagger = new Tagger(3000, 96, 9, new st.SeedSequence(4));
const { 'embed.weight': frozen, ...trainable } = tagger.parameters();
const opt = new st.Adam({ learningRate: 1e-3 });
export function step(ids: st.Tensor<[16, 40], 'int32'>, tags: st.Tensor<[16, 40], 'int32'>): void {
  const { value, grads } = st.variableGrads(() => st.sparseSoftmaxCrossEntropy(tagger.forward(ids), tags), trainable);
  const { grads: clipped } = st.clipByGlobalNorm(grads, 5);
  opt.apply(trainable, clipped);
  st.dispose([value, clipped]);
}
export const ok: Eq<[keyof typeof trainable, typeof frozen.shape], ['mix.weight' | 'out.weight', [3000, 96]]> = true;
