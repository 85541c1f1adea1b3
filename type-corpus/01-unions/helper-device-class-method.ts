// cause: 1 union inference. A user's key/value cache class whose append is generic over the device: the cached
// keys live on the CPU, the new step on the default device; the device must not be inferred as a union.
// expect: is not assignable to parameter of type 'Tensor<[1, 4, number, 16], "float32", "cpu"
// expect: Type '"default"' is not assignable to type '"cpu"'
import * as st from '../../src/index.js';

class StepCache {
  append<B extends number, H extends number, Dh extends number, Dev extends st.Device>(
    cached: st.Tensor<[B, H, number, Dh], 'float32', Dev>, step: st.Tensor<[B, H, number, Dh], 'float32', Dev>,
  ): st.Tensor<[B, H, number, Dh], 'float32', Dev> {
    return st.concat([cached, step], 2);
  }
}

const cache = new StepCache();
const keys = st.withShape(st.zeros([1, 4, 7, 16], 'float32', 'cpu'), [1, 4, 7, 16] as [1, 4, number, 16]);
const step = st.withShape(st.zeros([1, 4, 1, 16]), [1, 4, 1, 16] as [1, 4, number, 16]);
export const next = cache.append(keys, step); // error
