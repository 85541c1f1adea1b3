// cause: 7 messages. Three views of a batch stacked in a generic augmentation helper, one of them moved to the cpu
// for a preprocessing step and not moved back: stack([a, b, c]) names the devices, in generic code too.
// expect: stack: tensors are on different devices (default vs cpu)
import * as st from '../../src/index.js';

export function views<B extends number, D extends number>(x: st.Tensor<[B, D]>) {
  const noisy = st.add(x, st.randomNormal(x.shape, 0, 0.1));
  const flipped = st.neg(x).to('cpu');
  return st.stack([x, noisy, flipped]); // error
}
