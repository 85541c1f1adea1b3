// cause: 3 products. A user's own grouped-query transformer stack: blocks generic over key/value heads, repeats
// and head dim, their dims products, held in a list and passed around as wider types. Relating these
// classes is where the checker used to spend its time (each class's variance through its products).
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
class MyBlock<out KV extends number, out Rep extends number, out Dh extends number> extends st.Module {
  readonly attn: st.Attention<KV, Rep, Dh>;
  readonly norm: st.RMSNorm<st.Mul<st.Mul<KV, Rep>, Dh>>;
  readonly ffn: st.SwiGLU<st.Mul<st.Mul<KV, Rep>, Dh>, st.Mul<st.Mul<KV, Rep>, st.Mul<Dh, 4>>>;
  constructor(kv: KV, rep: Rep, dh: Dh, seeds: st.SeedSequence) {
    super();
    this.attn = new st.Attention(kv, rep, dh, seeds, 'default');
    this.norm = new st.RMSNorm(this.attn.dim, 1e-5, 'default');
    this.ffn = new st.SwiGLU(this.attn.dim, st.dimMul(this.attn.heads, st.dimMul(dh, 4)), seeds, 'default');
  }
  forward<B extends number, T extends number>(
    x: st.Tensor<[B, T, st.Mul<st.Mul<KV, Rep>, Dh>]>, rope: st.RotaryEmbedding<Dh>,
  ): st.Tensor<[B, T, st.Mul<st.Mul<KV, Rep>, Dh>]> {
    const h = st.add(x, this.attn.forward(this.norm.forward(x), rope).output);
    return st.add(h, this.ffn.forward(this.norm.forward(h)));
  }
}
class MyStack<out KV extends number, out Rep extends number, out Dh extends number> extends st.Module {
  readonly blocks: MyBlock<KV, Rep, Dh>[];
  readonly rope: st.RotaryEmbedding<Dh>;
  constructor(layers: number, kv: KV, rep: Rep, dh: Dh, seed: number) {
    super();
    const seeds = new st.SeedSequence(seed);
    this.blocks = Array.from({ length: layers }, () => new MyBlock(kv, rep, dh, seeds));
    this.rope = new st.RotaryEmbedding(dh, 10000, 'default');
  }
  forward<B extends number, T extends number>(x: st.Tensor<[B, T, st.Mul<st.Mul<KV, Rep>, Dh>]>): st.Tensor<[B, T, st.Mul<st.Mul<KV, Rep>, Dh>]> {
    return this.blocks.reduce((h, block) => block.forward(h, this.rope), x);
  }
}
function firstBlock<KV extends number, Rep extends number, Dh extends number>(stack: MyStack<KV, Rep, Dh>): MyBlock<KV, Rep, Dh> {
  return stack.blocks[0];
}
function widthOf(block: MyBlock<number, number, number>): number {
  return block.attn.dim;
}
const stack = new MyStack(2, 2, 2, 16, 1);
const y = stack.forward(st.randomNormal([1, 8, 64]));
export const ok: Eq<typeof y.shape, [1, 8, 64]> = true;
export const width = widthOf(firstBlock(stack));
const wide: MyStack<number, number, number> = stack;
export const count = wide.blocks.length;
