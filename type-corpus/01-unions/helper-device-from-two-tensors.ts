// cause: 1 union inference. A user's gated-MLP helper generic over the device, given activations moved to the
// CPU and a gate made on the default device: Dev must not become 'cpu' | 'default'.
// expect: Argument of type 'Tensor<[4, 16, 32]
// expect: is not assignable to parameter of type 'Tensor<[4, 16, 32], "float32", "cpu"
// expect: Type '"default"' is not assignable to type '"cpu"'
import * as st from '../../src/index.js';

function gated<S extends st.Shape, Dev extends st.Device>(h: st.Tensor<S, 'float32', Dev>, gate: st.Tensor<S, 'float32', Dev>) {
  return st.mul(st.silu(gate), h);
}

const h = st.randomNormal([4, 16, 32]).to('cpu');
const gate = st.randomNormal([4, 16, 32]);
export const out = gated(h, gate); // error
