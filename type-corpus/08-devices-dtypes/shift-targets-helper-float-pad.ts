// cause: 1 union inference (dtypes). A user's helper that appends a padding column to a batch of token ids, generic
// over the dtype; the padding is made with st.zeros, float32 by default, so D must not become 'int32' | 'float32'
// (concat would throw at run time, and the float ids would reach gather).
// expect: Argument of type 'Tensor<[4, 1], "float32"
// expect: is not assignable to parameter of type 'Tensor<[4, 1], "int32"
// expect: Type '"float32"' is not assignable to type '"int32"'
import * as st from '../../src/index.js';

function appendPad<B extends number, T extends number, D extends st.DType>(ids: st.Tensor<[B, T], D>, pad: st.Tensor<[B, 1], D>) {
  return st.concat([ids, pad], 1);
}

const batch = st.tensor([1, 5, 9, 2, 7, 7, 3, 0, 4, 4, 8, 1], [4, 3], 'int32');
const padded = appendPad(batch, st.zeros([4, 1])); // error
export const targets = st.slice(padded, [0, 1], [-1, -1]);
