// cause: 1 union inference. A block whose activations live on a device picked from a CLI flag, added to a skip
// connection made on the default device: the device is a union type, and the residual add must say so.
// expect: add: tensors are on different devices
// expect-ts7: cpu | default
// expect-ts5: default | cpu
import * as st from '../../src/index.js';

const device = process.argv.includes('--cpu') ? 'cpu' : 'default';
const w = st.randomNormal([64, 64], 0, 0.02, 'float32', 1, device);
function block(x: st.Tensor<[4, 16, 64], 'float32', typeof device>) {
  const h = st.relu(st.linear(x, w));
  const skip = st.zeros([4, 16, 64]);
  return st.add(h, skip); // error
}
export const f = block;
