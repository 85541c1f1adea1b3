// cause: 1 union inference. A residual add of a tensor on 'cpu' | 'default' and one on the default device.
// expect: add: tensors are on different devices
import * as st from '../../src/index.js';

declare const useCpu: boolean;
const h = st.zeros([2, 16, 64], 'float32', useCpu ? 'cpu' : 'default');
const skip = st.ones([2, 16, 64]);
export const out = st.add(h, skip); // error
