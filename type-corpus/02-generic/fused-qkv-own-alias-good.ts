// cause: 2 generic code. A fused q/k/v projection whose width the user names with their own alias
// (`type QKV<C> = st.Mul<3, C>`, as one writes `3 * n_embd` once): the split into three reads the factors
// through the alias, so q, k and v are [B, T, C].
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
type QKV<C extends number> = st.Mul<3, C>;

class FusedAttention<C extends number> extends st.Module {
  readonly qkv: st.Linear<C, QKV<C>>;
  readonly proj: st.Linear<C, C>;
  constructor(readonly dim: C, seeds: st.SeedSequence) {
    super();
    this.qkv = new st.Linear(dim, st.dimMul(3, dim), seeds, 'default');
    this.proj = new st.Linear(dim, dim, seeds, 'default');
  }
  forward<B extends number, T extends number>(x: st.Tensor<[B, T, C]>): st.Tensor<[B, T, C]> {
    const [q, k, v] = st.split(this.qkv.forward(x), 3, -1);
    const scores = st.softmax(st.div(st.matMul(q, k, false, true), Math.sqrt(this.dim)));
    return this.proj.forward(st.matMul(scores, v));
  }
}
const attn = new FusedAttention(32, new st.SeedSequence(0));
const y = attn.forward(st.randomNormal([2, 8, 32]));
export const shape: Eq<typeof y.shape, [2, 8, 32]> = true;
