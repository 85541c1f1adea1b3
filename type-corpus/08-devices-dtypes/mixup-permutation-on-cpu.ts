// cause: 8 devices/dtypes. Mixup's shuffled indices made on the cpu (a random permutation built there by a data
// loader) gather rows of a batch on the default device.
// expect: gather: tensors are on different devices
import * as st from '../../src/index.js';

const x = st.randomNormal([16, 32]);
const order = Int32Array.from({ length: 16 }, (_, i) => (i * 7) % 16);
const perm = st.tensor(order, [16], 'int32', 'cpu');
const lam = 0.7;
export const mixed = st.add(st.mul(x, lam), st.mul(st.gather(x, perm), 1 - lam)); // error
