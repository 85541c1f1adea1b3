// cause: 7 messages. A generic attention block that forgets transposeB for q @ k^T gets matMul's sentence over the user's dims.
// expect: matMul: inner dimensions differ (${Dh} vs ${S})
import * as st from '../../src/index.js';

class Scores<H extends number, Dh extends number> {
  constructor(readonly heads: H, readonly headDim: Dh) {}
  forward<B extends number, T extends number, S extends number>(q: st.Tensor<[B, H, T, Dh]>, k: st.Tensor<[B, H, S, Dh]>) {
    const raw = st.matMul(q, k); // error
    return st.mul(raw, 1 / Math.sqrt(this.headDim));
  }
}
export const scores = new Scores(4, 16);
