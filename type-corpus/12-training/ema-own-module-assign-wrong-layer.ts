// cause: 12 training. An EMA teacher of the user's own two-layer MLP (as in BYOL/DINO): the update loop pairs the
// teacher's parameters with the student's by hand and one pair is crossed (the second layer's shadow gets the
// first layer's blend): the variable's sentence.
// expect: Variable.assign: the value must have the variable's shape, dtype and device
// expect: Tensor<[64, 256]
import * as st from '../../src/index.js';

class Mlp<D extends number, H extends number> extends st.Module {
  readonly fc1: st.Linear<D, H>;
  readonly fc2: st.Linear<H, D>;
  constructor(d: D, h: H, seed: number) {
    super();
    const seeds = new st.SeedSequence(seed);
    this.fc1 = new st.Linear(d, h, seeds, 'default');
    this.fc2 = new st.Linear(h, d, seeds, 'default');
  }
  forward<B extends number>(x: st.Tensor<[B, D]>): st.Tensor<[B, D]> {
    return this.fc2.forward(st.gelu(this.fc1.forward(x)));
  }
}
const student = new Mlp(64, 256, 0);
const teacher = new Mlp(64, 256, 1);
export function emaStep(decay: number) {
  st.tidy(() => {
    const s = student.parameters();
    const t = teacher.parameters();
    const blend1 = st.add(st.mul(t['fc1.weight'], decay), st.mul(s['fc1.weight'], 1 - decay));
    const blend2 = st.add(st.mul(t['fc2.weight'], decay), st.mul(s['fc2.weight'], 1 - decay));
    t['fc1.weight'].assign(blend1);
    t['fc2.weight'].assign(blend1); // error
    return blend2;
  });
}
