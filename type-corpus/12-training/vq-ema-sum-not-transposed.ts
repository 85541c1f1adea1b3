// cause: 12 training (new family): VQ-VAE's EMA of the summed encoder outputs per code computed as z^T onehot
// ([D, K]) and assigned to the [K, D] accumulator.
// expect: [64, 512]
// expect: [512, 64]
import * as st from '../../src/index.js';

const emaSum = st.variable(st.zeros([512, 64]));
export function emaUpdate(z: st.Tensor<[1024, 64]>, onehot: st.Tensor<[1024, 512]>) {
  emaSum.assign(st.add(st.mul(emaSum, 0.99), st.mul(st.matMul(z, onehot, true, false), 0.01))); // error
}
