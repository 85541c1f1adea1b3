// cause: 7 messages (devices in code generic over the batch). A projection whose weight a loader left on the cpu,
// applied to activations of any batch: the sentence names the devices (before: `matMul: inner dimensions differ
// (256 vs 256) or batch dims ... do not broadcast`, a false claim about the shapes), also as a method.
// expect: matMul: tensors are on different devices (default vs cpu)
// expect-not: inner dimensions differ
import * as st from '../../src/index.js';

const loaded = st.variable(st.zeros([256, 256], 'float32', 'cpu'));

export function project<B extends number, T extends number>(h: st.Tensor<[B, T, 256]>) {
  const normed = st.div(h, st.sqrt(st.add(st.mean(st.square(h), -1, true), 1e-6)));
  return normed.matMul(st.expandDims(loaded, 0)); // error
}
