// cause: 1 union inference. A user's own module class generic over its device, built from a weight and a bias
// that were loaded onto two devices: the class's Dev is inferred at `new` from both and must not become
// 'cpu' | 'default' (every forward would then mix devices at run time).
// expect: Argument of type 'Tensor<[64], "float32", "default"
// expect: is not assignable to parameter of type 'Tensor<[64], "float32", "cpu"
// expect: Type '"default"' is not assignable to type '"cpu"'
import * as st from '../../src/index.js';

class Affine<In extends number, Out extends number, Dev extends st.Device> {
  constructor(readonly weight: st.Tensor<[In, Out], 'float32', Dev>, readonly bias: st.Tensor<[Out], 'float32', Dev>) {}
  forward<B extends number>(x: st.Tensor<[B, In], 'float32', Dev>): st.Tensor<[B, Out], 'float32', Dev> {
    return st.add(st.matMul(x, this.weight), this.bias);
  }
}

const weight = st.randomNormal([32, 64], 0, 0.02, 'float32', 5, 'cpu');
const bias = st.zeros([64]);
export const layer = new Affine(weight, bias); // error
