// cause: 2 generic code. A crop helper that counts back from the end with a negative begin (Python's x[:, -4:]):
// slice's begin is an index from the start, so -4 is refused with the run-time sentence.
// expect: slice: begin -4 at axis 1 is negative
// expect-not: NotThisForm
import * as st from '../../src/index.js';

function lastFour<B extends number, T extends number, D extends number>(x: st.Tensor<[B, T, D]>) {
  return st.slice(x, [0, -4, 0], [-1, 4, -1]); // error
}
export const tail = lastFour(st.zeros([2, 16, 64]));
