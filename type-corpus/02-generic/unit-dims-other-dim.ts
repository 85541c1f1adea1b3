// cause: 2 generic code (reshape to size-1 dims). A [T] position row viewed as [1, S] with another generic length
// (the keys' S where the queries' T was meant): size-1 dims may go around the tensor's own dims only.
// expect: reshape: [${T}] to [1, ${S}] cannot be checked over generic dims
import * as st from '../../src/index.js';

function row<T extends number, S extends number>(pos: st.Tensor<[T], 'int32'>, s: S) {
  return st.reshape(pos, [1, s]); // error
}
export const r = row(st.range(0, 8, 1, 'int32'), 8);
