// cause: 12 training. An EMA teacher of the user's own module, updated by a loop over the typed parameter names
// (the teacher is another instance of the same class): each teacher variable is assigned its blend with the
// student's. Must compile.
// expect: ok
import * as st from '../../src/index.js';

class Encoder<D extends number, H extends number> extends st.Module {
  readonly fc1: st.Linear<D, H>;
  readonly norm: st.RMSNorm<H>;
  readonly fc2: st.Linear<H, D>;
  constructor(d: D, h: H, seed: number) {
    super();
    const seeds = new st.SeedSequence(seed);
    this.fc1 = new st.Linear(d, h, seeds, 'default');
    this.norm = new st.RMSNorm(h, 1e-5, 'default');
    this.fc2 = new st.Linear(h, d, seeds, 'default');
  }
}
const student = new Encoder(64, 256, 0);
const teacher = new Encoder(64, 256, 1);
const s = student.parameters();
const t = teacher.parameters();
function blend<S extends st.Shape>(dst: st.Variable<S>, src: st.Variable<S>, decay: number): void {
  st.tidy(() => {
    dst.assign(st.add(st.mul(dst, decay), st.mul(src, 1 - decay)));
    return undefined;
  });
}
export function emaUpdate(decay: number): void {
  blend(t['fc1.weight'], s['fc1.weight'], decay);
  blend(t['norm.weight'], s['norm.weight'], decay);
  blend(t['fc2.weight'], s['fc2.weight'], decay);
}
