// cause: 11 gather/one-hot. A random mini-batch drawn from a dataset tensor with indices floor(u * N): the
// indices are still float32 (floor keeps the dtype), and gather wants int32 (torch.randint gives ints).
// expect: gather: indices must be int32, got float32
import * as st from '../../src/index.js';

const data = st.randomNormal([50000, 784]);
const labels = st.zeros([50000], 'int32');
const u = st.randomUniform([128], 0, 1, 'float32', 5);
const idx = st.mul(u, 50000);
export const xb = st.gather(data, idx); // error
export const yb = st.gather(labels, st.cast(idx, 'int32'));
