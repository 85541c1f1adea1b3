// cause: 1 union inference. Picking a device once, generically, and moving every tensor there compiles.
// expect: ok
import * as st from '../../src/index.js';

function mlp<Dev extends st.Device>(device: Dev) {
  const x = st.zeros([4, 32], 'float32', device);
  const w = st.randomNormal([32, 8]).to(device);
  return st.relu(st.matMul(x, w));
}
export const onCpu: st.Tensor<[4, 8], 'float32', 'cpu'> = mlp('cpu');
export const onDefault: st.Tensor<[4, 8]> = mlp('default');
