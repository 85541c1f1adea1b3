// cause: 10 broadcast: a CNN-style block on literal shapes: a per-channel bias [16, 1, 1] added to [8, 16, 28, 28]
// feature maps, then a per-channel gain [1, 16, 1, 1] multiplied first (literal shapes: either order).
// expect: ok
import * as st from '../../src/index.js';

const x = st.randomNormal([8, 16, 28, 28]);
const bias = st.zeros([16, 1, 1]);
const gain = st.ones([1, 16, 1, 1]);
export const y: st.Tensor<[8, 16, 28, 28]> = st.mul(gain, st.relu(st.add(x, bias)));
