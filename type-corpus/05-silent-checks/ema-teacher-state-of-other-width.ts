// cause: 5 silent checks. A mean teacher is refreshed from the student by copying its state dict, but the teacher
// was built with the wider FFN of an earlier experiment: the state of another module's type does not compile.
// expect: loadStateDict: does not fit the module
// expect: Mlp<64, 128>
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
  forward<B extends number>(x: st.Tensor<[B, D]>) {
    return this.down.forward(st.gelu(this.up.forward(x)));
  }
}

const student = new Mlp(64, 128, 0);
const teacher = new Mlp(64, 256, 1);
for (let epoch = 0; epoch < 3; epoch++) {
  // ... a student step ...
  teacher.loadStateDict(student.stateDict()); // error
}
