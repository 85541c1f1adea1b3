// cause: 3 products. A user's stack of the library's Blocks over a model dim written KV x (Dh x Rep): the Block
// takes any grouping of its three factors and hands back the caller's, so the residual stream keeps its type.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
type Width<KV extends number, Rep extends number, Dh extends number> = st.Mul<KV, st.Mul<Dh, Rep>>;
class Stack<out KV extends number, out Rep extends number, out Dh extends number> extends st.Module {
  readonly blocks: st.Block<KV, Rep, Dh, 64>[];
  readonly rope: st.RotaryEmbedding<Dh>;
  readonly norm: st.RMSNorm<Width<KV, Rep, Dh>>;
  constructor(layers: number, readonly width: Width<KV, Rep, Dh>, kv: KV, rep: Rep, dh: Dh, seeds: st.SeedSequence) {
    super();
    this.blocks = Array.from({ length: layers }, () => new st.Block(kv, rep, dh, 64, seeds, 'default', { normEps: 1e-5 }));
    this.rope = new st.RotaryEmbedding(dh, 10000, 'default');
    this.norm = new st.RMSNorm(width, 1e-5, 'default');
  }
  forward<B extends number, T extends number>(x: st.Tensor<[B, T, Width<KV, Rep, Dh>]>): st.Tensor<[B, T, Width<KV, Rep, Dh>]> {
    const h = this.blocks.reduce((acc, block) => block.forward(acc, this.rope).output, x);
    return this.norm.forward(h);
  }
}
const stack = new Stack(2, st.dimMul(2, st.dimMul(16, 2)), 2, 2, 16, new st.SeedSequence(0));
const y = stack.forward(st.zeros([1, 3, 64]));
export const ok: Eq<typeof y.shape, [1, 3, 64]> = true;
