// cause: 7 messages. A generic block normalising with the wrong weight: under TypeScript 5.9 too, the rmsNorm sentence without a list of overloads.
// expect: rmsNorm: weight [${T}] does not match the last dim ${D} of x
// expect-not: Overload 1 of
import * as st from '../../src/index.js';

class Block<T extends number, D extends number> {
  constructor(readonly norm: st.Tensor<[T]>, readonly w: st.Tensor<[D, D]>) {}
  forward<B extends number>(x: st.Tensor<[B, T, D]>) {
    const h = st.rmsNorm(x, this.norm, 1e-5); // error
    return { h };
  }
}
export const block = new Block(st.ones([16]), st.zeros([32, 32]));
