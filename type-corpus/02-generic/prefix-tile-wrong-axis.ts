// cause: 2 generic code. Prompt tuning with the batch rep on the wrong axis: [1, b, 1] repeats the P prefix
// positions b times instead of the batch, which generic code cannot check (P times b is not a size it knows).
// expect: tile: reps [1, ${B}, 1] of [1, ${P}, ${D}] cannot be checked over generic dims
// expect-not: NotThisForm
import * as st from '../../src/index.js';

class Prompt<P extends number, D extends number> {
  constructor(readonly prefix: st.Variable<[1, P, D]>) {}
  batched<B extends number, T extends number>(x: st.Tensor<[B, T, D]>) {
    const [b] = x.shape;
    return st.tile(this.prefix, [1, b, 1]); // error
  }
}
export const prompt = new Prompt(st.variable(st.randomNormal([1, 4, 32])));
