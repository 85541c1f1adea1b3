// cause: 2 generic code. The same helper with a width the head size does not divide: 30 features into heads of 8.
// Over a generic batch the checked signature once accepted it (the result kept a -1); the literal dim is now divided,
// and the misfit gets the generic sentence.
// expect: reshape: [${B}, 30] to [${B}, -1, 8] cannot be checked over generic dims
import * as st from '../../src/index.js';

function toHeads<B extends number>(x: st.Tensor<[B, 30]>) {
  return st.reshape(x, [x.shape[0], -1, 8]); // error
}
export const y = toHeads(st.randomNormal([2, 30]));
