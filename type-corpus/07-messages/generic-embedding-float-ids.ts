// cause: 7 messages. A generic embedding layer's forward takes token ids as float32 (straight from a data loader's Float32Array): gather's dtype sentence, under TypeScript 5.9 without a list of overloads.
// expect: gather: indices must be int32, got float32
// expect-not: Overload 1 of
import * as st from '../../src/index.js';

class Embedding<V extends number, D extends number> {
  constructor(readonly table: st.Tensor<[V, D]>) {}
  forward<B extends number, T extends number>(ids: st.Tensor<[B, T]>) {
    const vectors = st.gather(this.table, ids); // error
    return vectors;
  }
}
export const E = Embedding;
