// cause: 2 generic code. Prompt tuning with the batch rep on the wrong axis: [1, b, 1] repeats the P prefix
// positions b times ([1, Mul<P, B>, D]) instead of the batch, so the prefix cannot be put before the [B, T, D]
// sequence: its first dim is 1, not the batch.
// expect: concat: shapes [1, ${Mul<P, B>}, ${D}] and [${B}, ${T}, ${D}] differ off the concat axis 1
// expect-not: NotThisForm
import * as st from '../../src/index.js';

class Prompt<P extends number, D extends number> {
  constructor(readonly prefix: st.Variable<[1, P, D]>) {}
  batched<B extends number, T extends number>(x: st.Tensor<[B, T, D]>) {
    const [b] = x.shape;
    const prefix = st.tile(this.prefix, [1, b, 1]);
    return st.concat([prefix, x], 1); // error
  }
}
export const prompt = new Prompt(st.variable(st.randomNormal([1, 4, 32])));
