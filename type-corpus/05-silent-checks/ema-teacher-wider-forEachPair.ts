// cause: 5 silent checks: the EMA teacher was built with a wider hidden layer than the student (a config edited for
// one of them only); walking the two parameter records by name refuses the pair, naming the parameter.
// expect: fc1.weight
// expect: Type '64' is not assignable to type '128'
import * as st from '../../src/index.js';

class Encoder<I extends number, H extends number> extends st.Module {
  readonly fc1: st.Linear<I, H>;
  constructor(i: I, h: H, seed: number) {
    super();
    this.fc1 = new st.Linear(i, h, new st.SeedSequence(seed), 'default');
  }
}

const student = new Encoder(32, 64, 0);
const teacher = new Encoder(32, 128, 1);
export function emaStep(momentum: number): void {
  st.forEachPair(teacher.parameters(), student.parameters(), (t, s) => { // error
    t.assign(st.add(st.mul(t, momentum), st.mul(s, 1 - momentum)));
  });
}
