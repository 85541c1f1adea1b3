// cause: 12 training. A small GPT-style language model as a user's own Module with weight tying: the output
// logits reuse the token embedding's table (h @ E^T), so the model holds one [V, D] parameter for both; one
// training step with AdamW over its typed parameters. Must compile, with the logits' dims.
// expect: ok
import * as st from '../../src/index.js';

type Eq<X, Y> = (<V>() => V extends X ? 1 : 2) extends (<V>() => V extends Y ? 1 : 2) ? true : false;
class TinyGpt<V extends number, D extends number, H extends number> extends st.Module {
  readonly wte: st.Embedding<V, D>;
  readonly norm: st.RMSNorm<D>;
  readonly up: st.Linear<D, H>;
  readonly down: st.Linear<H, D>;
  constructor(vocab: V, dim: D, hidden: H, seeds: st.SeedSequence) {
    super();
    this.wte = new st.Embedding(vocab, dim, seeds, 'default');
    this.norm = new st.RMSNorm(dim, 1e-5, 'default');
    this.up = new st.Linear(dim, hidden, seeds, 'default');
    this.down = new st.Linear(hidden, dim, seeds, 'default');
  }
  logits<B extends number, T extends number>(ids: st.Tensor<[B, T], 'int32'>): st.Tensor<[B, T, V]> {
    const x = this.wte.forward(ids);
    const h = st.add(x, this.down.forward(st.gelu(this.up.forward(this.norm.forward(x)))));
    return st.matMul(h, this.wte.weight, false, true);
  }
}
const model = new TinyGpt(65, 32, 128, new st.SeedSequence(0));
const params = model.parameters();
const opt = new st.AdamW({ learningRate: 3e-4 });
export function step(ids: st.Tensor<[4, 16], 'int32'>, targets: st.Tensor<[4, 16], 'int32'>): void {
  const { value, grads } = st.variableGrads(() => st.sparseSoftmaxCrossEntropy(model.logits(ids), targets), params);
  opt.apply(params, grads);
  value.dispose();
}
const out = model.logits(st.zeros([2, 5], 'int32'));
export const ok: Eq<typeof out.shape, [2, 5, 65]> = true;
