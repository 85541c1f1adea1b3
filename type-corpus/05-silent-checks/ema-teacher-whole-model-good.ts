// cause: 5 silent checks: a mean-teacher / EMA update over a whole model's parameters, as PyTorch's
// `for t, s in zip(teacher.parameters(), student.parameters()): t.mul_(m).add_(s, alpha=1 - m)`: forEachPair walks
// the two records by name, each call typed by that parameter's own shape (a loop over Object.keys would type
// `teacher[k]` as the union of every parameter).
// expect: ok
import * as st from '../../src/index.js';

class Encoder<I extends number, H extends number> extends st.Module {
  readonly fc1: st.Linear<I, H>;
  readonly fc2: st.Linear<H, H>;
  constructor(i: I, h: H, seed: number) {
    super();
    const seeds = new st.SeedSequence(seed);
    this.fc1 = new st.Linear(i, h, seeds, 'default');
    this.fc2 = new st.Linear(h, h, seeds, 'default');
  }
  forward<B extends number>(x: st.Tensor<[B, I]>) { return this.fc2.forward(st.gelu(this.fc1.forward(x))); }
}

const student = new Encoder(32, 64, 0);
const teacher = new Encoder(32, 64, 1);
export function emaStep(momentum: number): void {
  st.tidy(() => st.forEachPair(teacher.parameters(), student.parameters(), (t, s) => {
    t.assign(st.add(st.mul(t, momentum), st.mul(s, 1 - momentum)));
  }));
}
export const embedding: st.Tensor<[8, 64]> = teacher.forward(st.randomNormal([8, 32]));
