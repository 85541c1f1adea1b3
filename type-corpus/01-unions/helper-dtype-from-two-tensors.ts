// cause: 1 union inference. A user's residual helper generic over the dtype, called with float32 activations
// and an int32 count tensor: D must not become 'float32' | 'int32' (tfjs would throw inside add at run time).
// expect: Argument of type 'Tensor<[8, 64], "int32"
// expect: is not assignable to parameter of type 'Tensor<[8, 64], "float32"
// expect: Type '"int32"' is not assignable to type '"float32"'
import * as st from '../../src/index.js';

function residual<S extends st.Shape, D extends st.NumericDType>(x: st.Tensor<S, D>, skip: st.Tensor<S, D>) {
  return st.add(x, skip);
}

const hidden = st.randomNormal([8, 64]);
const counts = st.oneHot(st.zeros([8], 'int32'), 64);
export const mixed = residual(hidden, counts); // error
