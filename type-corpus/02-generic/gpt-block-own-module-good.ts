// cause: 2 generic code. A pre-norm transformer block as a user's own Module, generic over its dims, built from
// the library's Attention, RMSNorm, SwiGLU and RotaryEmbedding (grouped-query: 2 kv heads x 2); a stack of two
// with a final norm, used with and without a KV cache. Must compile, with the dims.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
class MyBlock<KV extends number, Rep extends number, Dh extends number, H extends number> extends st.Module {
  readonly attn: st.Attention<KV, Rep, Dh>;
  readonly norm1: st.RMSNorm<st.ModelDim<KV, Rep, Dh>>;
  readonly norm2: st.RMSNorm<st.ModelDim<KV, Rep, Dh>>;
  readonly ffn: st.SwiGLU<st.ModelDim<KV, Rep, Dh>, H>;
  constructor(kv: KV, rep: Rep, dh: Dh, hidden: H, seeds: st.SeedSequence) {
    super();
    this.attn = new st.Attention(kv, rep, dh, seeds, 'default');
    this.norm1 = new st.RMSNorm(this.attn.dim, 1e-5, 'default');
    this.norm2 = new st.RMSNorm(this.attn.dim, 1e-5, 'default');
    this.ffn = new st.SwiGLU(this.attn.dim, hidden, seeds, 'default');
  }
  forward<B extends number, T extends number>(
    x: st.Tensor<[B, T, st.ModelDim<KV, Rep, Dh>]>, rope: st.RotaryEmbedding<Dh>, cache?: st.KVCache<B, KV, Dh, 'default'>,
  ) {
    const a = this.attn.forward(this.norm1.forward(x), rope, { cache });
    const h = st.add(x, a.output);
    return { output: st.add(h, this.ffn.forward(this.norm2.forward(h))), cache: a.cache };
  }
}
const seeds = new st.SeedSequence(0);
const blocks = [new MyBlock(2, 2, 16, 256, seeds), new MyBlock(2, 2, 16, 256, seeds)] as const;
const rope = new st.RotaryEmbedding(16, 10000, 'default');
const norm = new st.RMSNorm(64, 1e-5, 'default');
let x = st.randomNormal([2, 10, 64]);
const caches: st.KVCache<2, 2, 16, 'default'>[] = [];
for (const block of blocks) {
  const out = block.forward(x, rope);
  x = out.output;
  caches.push(out.cache);
}
const y = norm.forward(x);
const step = blocks[0].forward(st.randomNormal([2, 1, 64]), rope, caches[0]);
export const ok: Eq<[typeof y.shape, typeof step.output.shape], [[2, 10, 64], [2, 1, 64]]> = true;
