// cause: 7 messages. A user's embedding class looked up with float ids: the gather sentence.
// expect: gather: indices must be int32, got float32
import * as st from '../../src/index.js';

class Embed<V extends number, D extends number> {
  readonly table: st.Variable<[V, D]>;
  constructor(vocab: V, dim: D) {
    this.table = st.variable(st.randomNormal([vocab, dim], 0, 0.02));
  }
  lookup<S extends st.Shape>(ids: st.Tensor<S, 'int32'>) {
    return st.gather(this.table, ids);
  }
}
const emb = new Embed(65, 32);
export const h = st.gather(emb.table, st.zeros([4, 16])); // error
