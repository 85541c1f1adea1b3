// cause: 2 generic code. A ViT encoder stage in the user's own Module over generic tokens and width: a learned
// position table [1, T, D] added to [B, T, D] (as timm's pos_embed), pre-norm MLP residual with stochastic
// depth (drop path: one keep/scale value per sample, [B, 1, 1]), and the class token's row read out.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;

class VitStage<T extends number, D extends number, F extends number> extends st.Module {
  readonly pos: st.Variable<[1, T, D]>;
  readonly norm: st.RMSNorm<D>;
  readonly fc1: st.Linear<D, F>;
  readonly fc2: st.Linear<F, D>;
  constructor(tokens: T, dim: D, hidden: F, seeds: st.SeedSequence) {
    super();
    this.pos = st.variable(st.randomNormal([1, tokens, dim], 0, 0.02, 'float32', seeds.take()));
    this.norm = new st.RMSNorm(dim, 1e-6, 'default');
    this.fc1 = new st.Linear(dim, hidden, seeds, 'default');
    this.fc2 = new st.Linear(hidden, dim, seeds, 'default');
  }
  dropPath<B extends number>(x: st.Tensor<[B, T, D]>, batch: B, rate: number, seed: number) {
    const keep = st.cast(st.greaterEqual(st.randomUniform([batch, 1, 1], 0, 1, 'float32', seed), rate), 'float32');
    return st.mul(x, st.div(keep, 1 - rate));
  }
  forward<B extends number>(x: st.Tensor<[B, T, D]>, batch: B, training: boolean) {
    const h = st.add(x, this.pos);
    const mlp = this.fc2.forward(st.gelu(this.fc1.forward(this.norm.forward(h))));
    const out = st.add(h, training ? this.dropPath(mlp, batch, 0.1, 7) : mlp);
    return st.squeeze(st.slice(out, [0, 0, 0], [-1, 1, -1]), [1]);
  }
}
const stage = new VitStage(65, 192, 768, new st.SeedSequence(0));
const cls = stage.forward(st.randomNormal([8, 65, 192]), 8, true);
export const shape: Eq<typeof cls.shape, [8, 192]> = true;
