// cause: 1 union inference. A user's own Llama built from the library's layers decoding a batch of 2 with the caches of a
// batch-1 prompt: the batch is read from the ids only, so the caches of another batch are refused.
// expect: Type '1' is not assignable to type '2'
import * as st from '../../src/index.js';

class MyLlama<V extends number, KV extends number, Rep extends number, Dh extends number, Hd extends number, N extends number> extends st.Module {
  readonly embed: st.Embedding<V, st.ModelDim<KV, Rep, Dh>>;
  readonly layers: st.ListOf<N, st.Block<KV, Rep, Dh, Hd>>;
  readonly head: st.Linear<st.ModelDim<KV, Rep, Dh>, V>;
  readonly rope: st.RotaryEmbedding<Dh>;
  constructor(vocab: V, kv: KV, rep: Rep, dh: Dh, hidden: Hd, n: N, seed: number) {
    super();
    const seeds = new st.SeedSequence(seed);
    const dim = st.dimMul(st.dimMul(kv, rep), dh);
    this.embed = new st.Embedding(vocab, dim, seeds, 'default');
    this.layers = st.listOf('my llama: layers', n, () => new st.Block(kv, rep, dh, hidden, seeds, 'default', { normEps: 1e-5 }));
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
    return { logits: this.head.forward(h), caches: next };
  }
}

const model = new MyLlama(65, 2, 2, 16, 128, 2, 0);
const prefill = model.forward(st.zeros([1, 8], 'int32'));
export const step = model.forward(st.zeros([2, 1], 'int32'), prefill.caches); // error
