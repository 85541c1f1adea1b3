// cause: 5 silent checks. Two instances of the user's own MLP module, a small and a wide one (a width sweep);
// the wide model's gradients are applied to the small one's parameters. Same names, other shapes.
// expect: Type '128' is not assignable to type '64'
import * as st from '../../src/index.js';

class Mlp<D extends number, H extends number> extends st.Module {
  readonly up: st.Linear<D, H>;
  readonly down: st.Linear<H, D>;
  constructor(d: D, h: H, seed: number) {
    super();
    const seeds = new st.SeedSequence(seed);
    this.up = new st.Linear(d, h, seeds, 'default');
    this.down = new st.Linear(h, d, seeds, 'default');
  }
  forward<B extends number>(x: st.Tensor<[B, D]>): st.Tensor<[B, D]> {
    return this.down.forward(st.gelu(this.up.forward(x)));
  }
}
const small = new Mlp(32, 64, 1);
const wide = new Mlp(32, 128, 2);
const x = st.randomNormal([8, 32]);
const opt = new st.AdamW({ learningRate: 1e-3 });
const { grads } = st.variableGrads(() => st.mean(st.square(wide.forward(x))), wide.parameters());
opt.apply(small.parameters(), grads); // error
