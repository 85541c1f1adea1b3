// cause: 1 union inference. A user's class method infers T from two inputs of different lengths.
// expect: a dim was inferred as 
// expect: they must be equal
// expect: 16
// expect: 12
import * as st from '../../src/index.js';

class CrossAttentionScores<D extends number> {
  constructor(readonly dim: D) {}
  forward<B extends number, T extends number>(queries: st.Tensor<[B, T, D]>, keys: st.Tensor<[B, T, D]>) {
    return st.matMul(queries, keys, false, true);
  }
}

const layer = new CrossAttentionScores(64);
export const s = layer.forward(st.randomNormal([2, 16, 64]), st.randomNormal([2, 12, 64])); // error
