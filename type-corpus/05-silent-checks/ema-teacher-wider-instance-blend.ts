// cause: 5 silent checks. An EMA teacher built with a wider hidden layer than the student (a config mix-up);
// the user's generic blend helper takes both variables as Variable<S>: S must not become a union of the two
// shapes (assign would throw at run time), so the second argument is refused, naming both shapes.
// expect: Variable<[64, 512]
// expect: [64, 256]
import * as st from '../../src/index.js';

class Encoder<D extends number, H extends number> extends st.Module {
  readonly fc1: st.Linear<D, H>;
  readonly fc2: st.Linear<H, D>;
  constructor(d: D, h: H, seed: number) {
    super();
    const seeds = new st.SeedSequence(seed);
    this.fc1 = new st.Linear(d, h, seeds, 'default');
    this.fc2 = new st.Linear(h, d, seeds, 'default');
  }
}
const student = new Encoder(64, 512, 0);
const teacher = new Encoder(64, 256, 1);
function blend<S extends st.Shape>(dst: st.Variable<S>, src: st.Variable<S>, decay: number): void {
  st.tidy(() => {
    dst.assign(st.add(st.mul(dst, decay), st.mul(src, 1 - decay)));
    return undefined;
  });
}
const s = student.parameters();
const t = teacher.parameters();
export function emaUpdate(decay: number): void {
  blend(t['fc1.weight'], s['fc1.weight'], decay); // error
}
