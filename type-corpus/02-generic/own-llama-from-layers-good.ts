// cause: 2 generic code. A user's own small Llama from the library's layers: embedding, a list of blocks
// (GQA: 2 key/value heads x 2), final norm, untied head; forward, loss, a cached decode step and an AdamW step.
// expect: ok
import * as st from '../../src/index.js';

class MyLlama<V extends number, KV extends number, Rep extends number, Dh extends number, Hd extends number, N extends number> extends st.Module {
  readonly embed: st.Embedding<V, st.ModelDim<KV, Rep, Dh>>;
  readonly layers: st.ListOf<N, st.Block<KV, Rep, Dh, Hd>>;
  readonly norm: st.RMSNorm<st.ModelDim<KV, Rep, Dh>>;
  readonly head: st.Linear<st.ModelDim<KV, Rep, Dh>, V>;
  readonly rope: st.RotaryEmbedding<Dh>;
  constructor(vocab: V, kv: KV, rep: Rep, dh: Dh, hidden: Hd, n: N, seed: number) {
    super();
    const seeds = new st.SeedSequence(seed);
    const dim = st.dimMul(st.dimMul(kv, rep), dh);
    this.embed = new st.Embedding(vocab, dim, seeds, 'default');
    this.layers = st.listOf('my llama: layers', n, () => new st.Block(kv, rep, dh, hidden, seeds, 'default', { normEps: 1e-5 }));
    this.norm = new st.RMSNorm(dim, 1e-5, 'default');
    this.head = new st.Linear(dim, vocab, seeds, 'default');
    this.rope = new st.RotaryEmbedding(dh, 10000, 'default');
  }
  forward<B extends number, T extends number>(
    ids: st.Tensor<[B, T], 'int32'>, caches?: st.KVCache<NoInfer<B>, KV, Dh, 'default'>[],
  ): { logits: st.Tensor<[B, T, V]>; caches: st.KVCache<B, KV, Dh, 'default'>[] } {
    let h = this.embed.forward(ids);
    const next: st.KVCache<B, KV, Dh, 'default'>[] = [];
    this.layers.forEach((layer, i) => {
      const out = layer.forward(h, this.rope, { cache: caches?.[i] });
      h = out.output;
      next.push(out.cache);
    });
    return { logits: this.head.forward(this.norm.forward(h)), caches: next };
  }
}

const model = new MyLlama(65, 2, 2, 16, 128, 2, 0);
const batch = st.zeros([4, 33], 'int32');
const ids = st.slice(batch, [0, 0], [4, 32]);
const targets = st.slice(batch, [0, 1], [4, 32]);
const params = model.parameters();
const opt = new st.AdamW({ learningRate: 3e-4 });
const { value, grads } = st.variableGrads(() => st.sparseSoftmaxCrossEntropy(model.forward(ids).logits, targets), params);
opt.apply(params, grads);
export const loss: number = value.item();
const prefill = model.forward(st.zeros([1, 8], 'int32'));
const step = model.forward(st.zeros([1, 1], 'int32'), prefill.caches);
export const nextToken = st.argMax(st.reshape(step.logits, [1, 65]), -1);
